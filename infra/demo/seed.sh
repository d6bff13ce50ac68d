#!/usr/bin/env bash
# Loads the demo data into a running LiveMart through its public API, as the demo users themselves would:
# first anchors.sh (profiles, follows and history in all four seller tiers), then merchants' stores and
# catalogs (products with SKUs), offers to anchors with commissions, anchors' selections and scheduled shows.
# Idempotent: once merchant1's store has products, the catalogs are left alone.
# Uses the local stack's demo credentials only.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
source "$here/lib.sh"

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

# Anchors first (profiles, follows, thirty days of history), so that followers are told of the shows below.
"$here/anchors.sh"

m1=$(token merchant1); m2=$(token merchant2); m3=$(token merchant3); mk=$(token maker1)
a1=$(token anchor1); a2=$(token anchor2); a3=$(token anchor3)
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
api PUT /api/stores/mine "$m3" '{"name":"Copper & Clay Kitchen","description":"Cookware that lasts a lifetime: tin-lined copper and stoneware.","logoUrl":"https://images.livemart.example/stores/copper-clay.png"}' >/dev/null
pan=$(product "$m3" "Tin-lined copper saute pan" cookware "Hammered copper, 2.5 mm, cast iron handle." "$img/kitchen/saute-pan.jpg" \
  "$(sku KIT-SP-20 '{"diameter":"20 cm"}' 129.00 61.00 15)" "$(sku KIT-SP-24 '{"diameter":"24 cm"}' 159.00 74.00 12)")
knife=$(product "$m3" "Santoku knife" cookware "VG-10 steel, 18 cm blade, walnut handle." "$img/kitchen/santoku.jpg" \
  "$(sku KIT-SAN-18 '{"blade":"18 cm"}' 89.00 38.00 25)")
product "$m3" "Stoneware casserole" cookware "Oven-safe to 260 C, glazed inside and out." "$img/kitchen/casserole.jpg" \
  "$(sku KIT-CAS-3L-SA '{"volume":"3 l","colour":"sage"}' 74.00 30.00 20)" "$(sku KIT-CAS-3L-SL '{"volume":"3 l","colour":"slate"}' 74.00 30.00 18)" >/dev/null

api PUT /api/stores/mine "$mk" '{"name":"Eve Maker Pottery","description":"Hand-thrown stoneware made and sold live by its maker."}' >/dev/null
bowl=$(product "$mk" "Hand-thrown tea bowl" teaware "Wood-fired, each one unique." "$img/pottery/tea-bowl.jpg" \
  "$(sku EVE-TB-ASH '{"glaze":"ash"}' 34.00 12.00 12)" "$(sku EVE-TB-SHINO '{"glaze":"shino"}' 38.00 13.00 8)")
echo "demo data: catalogs of Mountain Leaf Tea House (merchant1), Highland Knit Co. (merchant2), Copper & Clay Kitchen (merchant3) and Eve Maker Pottery (maker1) loaded" >&2

o_silver=$(offer "$m1" "$silver" 15)
o_longjing=$(offer "$m1" "$longjing" 12.5 "$anchor1")
offer "$m1" "$puerh" 10 >/dev/null
offer "$m1" "$gaiwan" 8 "$anchor1" "$anchor2" >/dev/null
o_scarf=$(offer "$m2" "$scarf" 20)
o_pan=$(offer "$m3" "$pan" 14 "$(user_id "$a3")")
offer "$m3" "$knife" 12 >/dev/null
offer "$m2" "$beanie" 18 >/dev/null
offer "$m2" "$socks" 15 "$anchor2" >/dev/null
echo "demo data: offers to anchors (open and named) with commissions of 8 to 20 %" >&2

for o in "$o_silver" "$o_longjing"; do api POST /api/selection "$a1" "{\"offerId\":\"$o\"}" >/dev/null; done
api POST /api/selection "$a2" "{\"offerId\":\"$o_scarf\"}" >/dev/null
api POST /api/selection "$a3" "{\"offerId\":\"$o_pan\"}" >/dev/null
start=$(date -u -d '+1 day' +%Y-%m-%dT19:00:00Z)
api POST /api/shows "$a1" "{\"title\":\"Spring tea tasting with anchor1\",\"scheduledStart\":\"$start\",\"lineup\":[\"$silver\",\"$longjing\"]}" >/dev/null
start2=$(date -u -d '+2 days' +%Y-%m-%dT18:30:00Z)
api POST /api/shows "$a2" "{\"title\":\"Winter knits with Ben\",\"scheduledStart\":\"$start2\",\"lineup\":[\"$scarf\"]}" >/dev/null
api POST /api/shows "$mk" "{\"title\":\"At the wheel: tea bowls with Eve\",\"scheduledStart\":\"$start2\",\"lineup\":[\"$bowl\"]}" >/dev/null
echo "demo data: anchor1 (2 teas), anchor2 (1 scarf) and anchor3 (1 pan) took offers into their selections and maker1 sells its own bowls; shows scheduled, followers notified" >&2
