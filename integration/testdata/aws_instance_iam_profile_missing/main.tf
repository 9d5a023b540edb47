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
