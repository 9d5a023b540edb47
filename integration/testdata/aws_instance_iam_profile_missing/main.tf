provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

variable "instance_profile" {
  type    = string
  default = null
}

# Fires: no instance profile at all.
resource "aws_instance" "bastion" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# Fires, at the value: a variable that is null.
resource "aws_instance" "worker" {
  provider             = aws.west
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = var.instance_profile
}

# Fine: a profile.
resource "aws_instance" "app" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
}

resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = "app"
}

# Fires at the template; the group launching from it is not reported again.
resource "aws_launch_template" "web" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_autoscaling_group" "web" {
  min_size            = 1
  max_size            = 3
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]

  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

# Fine: an EKS managed node group attaches its node role itself and rejects a
# template that sets a profile.
resource "aws_launch_template" "nodes" {
  image_id = "ami-0123456789abcdef0"
}

resource "aws_eks_node_group" "nodes" {
  cluster_name  = "main"
  node_role_arn = "arn:aws:iam::123456789012:role/eks-nodes"
  subnet_ids    = ["subnet-0123456789abcdef0"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  launch_template {
    id      = aws_launch_template.nodes.id
    version = aws_launch_template.nodes.latest_version
  }
}

# Fires: the instance's template, from a module, has no profile either.
module "templates" {
  source = "./modules/templates"
}

resource "aws_instance" "from_module_template" {
  launch_template {
    id = module.templates.template_id
  }
}

# Fine: count = 0 creates nothing.
resource "aws_instance" "disabled" {
  count = 0
  ami   = "ami-0123456789abcdef0"
}

# Fires at the module argument, naming the instance by its full address: the
# module's dynamic launch_template generates no block, so no template supplies
# a profile, and the profile passed in is null.
module "instance" {
  source               = "./modules/instance"
  iam_instance_profile = var.instance_profile
}

# Fine: EKS node groups launch from these templates through their for_each.
resource "aws_launch_template" "pools" {
  for_each = toset(["general", "gpu"])
  name     = "pool-${each.key}"
  image_id = "ami-0123456789abcdef0"
}

resource "aws_eks_node_group" "pools" {
  for_each      = aws_launch_template.pools
  cluster_name  = "main"
  node_role_arn = "arn:aws:iam::123456789012:role/eks-nodes"
  subnet_ids    = ["subnet-0123456789abcdef0"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  launch_template {
    id      = each.value.id
    version = each.value.latest_version
  }
}

# Fine: launch template names are unique per region, so each node group
# launches from the template of that name in its own region.
resource "aws_launch_template" "workers_east" {
  name     = "workers"
  image_id = "ami-0123456789abcdef0"
}

resource "aws_launch_template" "workers_west" {
  provider = aws.west
  name     = "workers"
  image_id = "ami-0123456789abcdef0"
}

resource "aws_eks_node_group" "workers_east" {
  cluster_name  = "east"
  node_role_arn = "arn:aws:iam::123456789012:role/eks-nodes"
  subnet_ids    = ["subnet-0123456789abcdef0"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  launch_template {
    name    = "workers"
    version = "$Latest"
  }
}

resource "aws_eks_node_group" "workers_west" {
  provider      = aws.west
  cluster_name  = "west"
  node_role_arn = "arn:aws:iam::123456789012:role/eks-nodes"
  subnet_ids    = ["subnet-0123456789abcdef0"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  launch_template {
    name    = "workers"
    version = "$Latest"
  }
}

# Fires at the for_each: the dynamic block generates no iam_instance_profile.
resource "aws_launch_template" "optional_profile" {
  image_id = "ami-0123456789abcdef0"

  dynamic "iam_instance_profile" {
    for_each = var.instance_profile != null ? [var.instance_profile] : []
    content {
      name = iam_instance_profile.value
    }
  }
}

# Fine: SSM Quick Setup attaches the profile; Terraform is told to leave it alone.
resource "aws_instance" "managed_by_ssm" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  lifecycle {
    ignore_changes = [iam_instance_profile]
  }
}
