module "db" { # want `module\.db\.aws_db_instance\.bare sets no master password source\..* The same applies to module\.db\.aws_rds_cluster\.bare\.` @ `module "db"`
  source   = "./modules/db"
  password = "hunter2" # want `module\.db\.aws_db_instance\.from_caller sets password, so the master password is stored in plain text` @ `"hunter2"`
  managed  = false     # want `module\.db\.aws_db_instance\.switched_off turns manage_master_user_password off` @ "false"
}
