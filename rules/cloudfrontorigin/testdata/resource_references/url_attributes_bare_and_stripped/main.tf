resource "aws_lambda_function_url" "fn" {
  function_name      = "fn"
  authorization_type = "NONE"
}
resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}
resource "aws_api_gateway_stage" "prod" {
  stage_name = "prod"
}
locals {
  fn_url = aws_lambda_function_url.fn.function_url
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = local.fn_url # want `is aws_lambda_function_url\.fn\.function_url, a URL of the form "https://<url-id>\.lambda-url\.<region>\.on\.aws/", not a host name` @ "local.fn_url"
    origin_id   = "fn"
  }
  origin {
    domain_name = "${aws_apigatewayv2_api.http.api_endpoint}" # want `is aws_apigatewayv2_api\.http\.api_endpoint` @ `"${aws_apigatewayv2_api.http.api_endpoint}"`
    origin_id   = "http"
  }
  origin {
    domain_name = "${aws_api_gateway_stage.prod.invoke_url}/" # want `is aws_api_gateway_stage\.prod\.invoke_url` @ `"${aws_api_gateway_stage.prod.invoke_url}/"`
    origin_id   = "rest"
  }
  origin {
    domain_name = split("/", aws_lambda_function_url.fn.function_url)[2]
    origin_id   = "fn-host"
  }
  origin {
    domain_name = replace(aws_apigatewayv2_api.http.api_endpoint, "https://", "")
    origin_id   = "http-host"
  }
  origin {
    domain_name = trimprefix(aws_api_gateway_stage.prod.invoke_url, "https://")
    origin_id   = "rest-host"
  }
  origin {
    domain_name = regex("https://([^/]+)", aws_api_gateway_stage.prod.invoke_url)[0]
    origin_id   = "rest-regex"
  }
}
