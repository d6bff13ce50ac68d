# Shared by the demo scripts: where the app and the realm are, tokens for demo users, calls to the API.
# Local stack demo credentials only.
app="http://${LIVEMART_HTTP_HOST:-127.0.0.1}:${LIVEMART_HTTP_PORT:-18080}"
realm="${LIVEMART_KEYCLOAK_URL:-http://127.0.0.1:${LIVEMART_KEYCLOAK_PORT:-18180}}/realms/livemart"

json_field() { # the first "name": value of a JSON text on stdin (strings without commas or braces, numbers, booleans)
  { cat; echo; } | tr ',{' '\n\n' \
    | sed -n "s/^[[:space:]]*\"$1\"[[:space:]]*:[[:space:]]*\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" | head -n 1
}

token() { # USERNAME
  curl -fsS -d grant_type=password -d client_id=livemart-cli -d "username=$1" -d password=demo \
    "$realm/protocol/openid-connect/token" | json_field access_token
}

api() { # METHOD PATH TOKEN [BODY]
  curl -sS --fail-with-body -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    ${4:+-d "$4"} "$app$2"
}
