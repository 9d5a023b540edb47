package awsfacts

// CoreServiceGroup is one of the core services a region needs to serve a
// workload on its own, and the resource types that provide it. KMS keys are
// not one: a region without its own key is a finding of its own.
type CoreServiceGroup struct {
	Name  string
	Types []string
}

// CoreServiceGroups are the default core service groups.
var CoreServiceGroups = []CoreServiceGroup{
	{"vpc", []string{"aws_vpc"}},
	{"subnets", []string{"aws_subnet"}},
	{"routing", []string{"aws_route_table"}},
	{"internet_gateway", []string{"aws_internet_gateway"}},
	{"nat", []string{"aws_nat_gateway"}},
	{"security_groups", []string{"aws_security_group"}},
	{"compute", []string{"aws_instance", "aws_autoscaling_group", "aws_launch_template", "aws_ecs_service", "aws_eks_cluster", "aws_lambda_function"}},
	{"database", []string{"aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_dynamodb_table_replica", "aws_elasticache_replication_group"}},
	{"object_storage", []string{"aws_s3_bucket"}},
	{"load_balancing", []string{"aws_lb", "aws_alb", "aws_elb"}},
}

// IsCoreServiceType reports whether a resource type provides a core service.
func IsCoreServiceType(resourceType string) bool {
	for _, g := range CoreServiceGroups {
		for _, t := range g.Types {
			if t == resourceType {
				return true
			}
		}
	}
	return false
}
