team_tags = {
  Owner = "app-team"
}
