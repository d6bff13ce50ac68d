#!/usr/bin/env bash
# Loads the demo data into a running LiveMart through its public API, as the demo users themselves would:
# merchants' stores and catalogs (products with SKUs), offers to anchors with commissions, anchors'
# selections and a scheduled show. Idempotent: a merchant whose store already has products is left alone.
# Uses the local stack's demo credentials only.
set -euo pipefail

app="http://${LIVEMART_HTTP_HOST:-127.0.0.1}:${LIVEMART_HTTP_PORT:-18080}"
realm="${LIVEMART_KEYCLOAK_URL:-http://127.0.0.1:${LIVEMART_KEYCLOAK_PORT:-18180}}/realms/livemart"

json_field() { # the first "name":"value" of a JSON text on stdin (string values without commas or braces)
  { cat; echo; } | tr ',{' '\n\n' | sed -n "s/^[[:space:]]*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" | head -n 1
}

token() {
  curl -fsS -d grant_type=password -d client_id=livemart-cli -d "username=$1" -d password=demo \
    "$realm/protocol/openid-connect/token" | json_field access_token
}

api() { # METHOD PATH TOKEN [BODY]
  curl -sS --fail-with-body -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    ${4:+-d "$4"} "$app$2"
}

sku() { # CODE ATTRIBUTES-JSON PRICE COST STOCK
  printf '{"code":"%s","attributes":%s,"price":{"amount":"%s","currency":"EUR"},"costPrice":{"amount":"%s","currency":"EUR"},"stock":%s}' \
    "$1" "$2" "$3" "$4" "$5"
}

product() { # TOKEN NAME CATEGORY DESCRIPTION IMAGE SKU-JSON...; prints the product id
  local tok=$1 name=$2 category=$3 description=$4 image=$5; shift 5
  local skus; skus=$(IFS=,; echo "$*")
  api POST /api/products "$tok" "{\"name\":\"$name\",\"category\":\"$category\",\"description\":\"$description\",\"imageUrls\":[\"$image\"],\"skus\":[$skus]}" \
    | json_field id
}

offer() { # TOKEN PRODUCT-ID COMMISSION [ANCHOR-ID...]; prints the offer id
  local tok=$1 product=$2 rate=$3; shift 3
  local anchors=""
  [ $# -gt 0 ] && anchors=",\"anchorIds\":[$(printf '"%s",' "$@" | sed 's/,$//')]"
  api POST /api/offers "$tok" "{\"productId\":\"$product\",\"commissionRate\":\"$rate\"$anchors}" | json_field id
}

user_id() { api GET /api/me "$1" | json_field id; }

m1=$(token merchant1); m2=$(token merchant2); a1=$(token anchor1); a2=$(token anchor2)
img=https://images.livemart.example

if [ "$(api GET /api/products/mine "$m1" | json_field id)" != "" ]; then
  echo "demo data: catalogs already loaded" >&2
  exit 0
fi

anchor1=$(user_id "$a1"); anchor2=$(user_id "$a2")

api PUT /api/stores/mine "$m1" '{"name":"Mountain Leaf Tea House","description":"Single-origin teas and brewing ware, picked and packed by a family tea house.","logoUrl":"https://images.livemart.example/stores/mountain-leaf.png"}' >/dev/null
silver=$(product "$m1" "Silver Needle white tea" tea "First flush buds from Fuding, hand picked and sun dried." "$img/tea/silver-needle.jpg" \
  "$(sku TEA-SN-50 '{"weight":"50 g"}' 13.90 6.20 80)" "$(sku TEA-SN-100 '{"weight":"100 g"}' 24.90 11.00 120)")
longjing=$(product "$m1" "Longjing green tea" tea "Dragon Well from West Lake, pan-fired by hand." "$img/tea/longjing.jpg" \
  "$(sku TEA-LJ-125 '{"weight":"125 g"}' 18.00 8.10 60)" "$(sku TEA-LJ-250 '{"weight":"250 g"}' 32.00 14.40 80)")
puerh=$(product "$m1" "Aged Pu-erh cake" tea "2015 harvest, pressed in Menghai and stored in Kunming." "$img/tea/puerh.jpg" \
  "$(sku TEA-PU-357 '{"weight":"357 g"}' 58.50 26.00 30)")
gaiwan=$(product "$m1" "Celadon gaiwan" teaware "Porcelain lidded bowl for gongfu brewing." "$img/ware/gaiwan.jpg" \
  "$(sku WARE-GW-120-CE '{"volume":"120 ml","glaze":"celadon"}' 19.90 7.50 60)" "$(sku WARE-GW-120-WH '{"volume":"120 ml","glaze":"white"}' 17.90 6.90 40)")

api PUT /api/stores/mine "$m2" '{"name":"Highland Knit Co.","description":"Merino and alpaca knitwear from small mills.","logoUrl":"https://images.livemart.example/stores/highland-knit.png"}' >/dev/null
beanie=$(product "$m2" "Merino beanie" knitwear "Soft merino wool, ribbed, one size." "$img/knit/beanie.jpg" \
  "$(sku KNIT-BN-CH '{"colour":"charcoal"}' 21.00 8.00 120)" "$(sku KNIT-BN-RU '{"colour":"rust"}' 21.00 8.00 80)")
scarf=$(product "$m2" "Alpaca scarf" knitwear "Baby alpaca, 180 x 30 cm." "$img/knit/scarf.jpg" \
  "$(sku KNIT-SC-OAT '{"colour":"oat"}' 45.00 19.00 75)" "$(sku KNIT-SC-NAVY '{"colour":"navy"}' 45.00 19.00 50)")
socks=$(product "$m2" "Wool hiking socks, 3 pairs" knitwear "Warm cushioned socks for long walks." "$img/knit/socks.jpg" \
  "$(sku KNIT-SK-3P-S '{"size":"36-39"}' 18.50 7.00 90)" "$(sku KNIT-SK-3P-L '{"size":"40-46"}' 18.50 7.00 150)")
echo "demo data: catalogs of Mountain Leaf Tea House (merchant1) and Highland Knit Co. (merchant2) loaded" >&2

o_silver=$(offer "$m1" "$silver" 15)
o_longjing=$(offer "$m1" "$longjing" 12.5 "$anchor1")
offer "$m1" "$puerh" 10 >/dev/null
offer "$m1" "$gaiwan" 8 "$anchor1" "$anchor2" >/dev/null
o_scarf=$(offer "$m2" "$scarf" 20)
offer "$m2" "$beanie" 18 >/dev/null
offer "$m2" "$socks" 15 "$anchor2" >/dev/null
echo "demo data: offers to anchors (open and named) with commissions of 8 to 20 %" >&2

for o in "$o_silver" "$o_longjing"; do api POST /api/selection "$a1" "{\"offerId\":\"$o\"}" >/dev/null; done
api POST /api/selection "$a2" "{\"offerId\":\"$o_scarf\"}" >/dev/null
start=$(date -u -d '+1 day' +%Y-%m-%dT19:00:00Z)
api POST /api/shows "$a1" "{\"title\":\"Spring tea tasting with anchor1\",\"scheduledStart\":\"$start\",\"lineup\":[\"$silver\",\"$longjing\"]}" >/dev/null
echo "demo data: anchor1's selection (2 teas) and a show scheduled for $start; anchor2's selection (1 scarf)" >&2
