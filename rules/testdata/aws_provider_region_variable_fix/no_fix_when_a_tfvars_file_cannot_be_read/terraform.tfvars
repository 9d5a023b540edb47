region settings {{ live in the pipeline
