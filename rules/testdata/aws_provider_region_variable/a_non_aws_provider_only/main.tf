provider "google" {
  region = "us-central1"
}
