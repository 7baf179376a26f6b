// Where the candidate lives, as the form asks for it ("City, Country"), from a resume's contact lines.
import { LABELS, stripLabel } from "./resume-vocabulary";

const US_STATES =
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB MB NS NSW VIC QLD";
const COUNTRIES = [
  ...US_STATES.split(" "),
  "USA",
  "US",
  "UK",
  "UAE",
  "United States",
  "United Kingdom",
  "England",
  "Scotland",
  "Ireland",
  "Canada",
  "Australia",
  "New Zealand",
  "Germany",
  "Deutschland",
  "Austria",
  "Österreich",
  "Switzerland",
  "Schweiz",
  "France",
  "Spain",
  "España",
  "Portugal",
  "Italy",
  "Italia",
  "Netherlands",
  "Belgium",
  "Denmark",
  "Sweden",
  "Norway",
  "Finland",
  "Poland",
  "Polska",
  "Czechia",
  "Czech Republic",
  "Ukraine",
  "Russia",
  "Kazakhstan",
  "Türkiye",
  "Turkey",
  "Greece",
  "Israel",
  "Egypt",
  "Morocco",
  "Nigeria",
  "Kenya",
  "South Africa",
  "Saudi Arabia",
  "Qatar",
  "Jordan",
  "India",
  "Pakistan",
  "Bangladesh",
  "Sri Lanka",
  "China",
  "Hong Kong",
  "Taiwan",
  "Japan",
  "Korea",
  "South Korea",
  "Singapore",
  "Malaysia",
  "Indonesia",
  "Vietnam",
  "Philippines",
  "Thailand",
  "Mexico",
  "México",
  "Brazil",
  "Brasil",
  "Argentina",
  "Chile",
  "Colombia",
  "Peru",
  "Россия",
  "Украина",
  "Казахстан",
  "Беларусь",
  "中国",
  "الإمارات",
  "السعودية",
  "مصر",
  "الأردن",
  "भारत",
];
const COUNTRY_KEYS = new Set(COUNTRIES.map((country) => country.toLowerCase()));
// Cities often written alone (no country) at the top of a resume.
const CITIES = new Set(
  [
    "北京",
    "上海",
    "深圳",
    "广州",
    "杭州",
    "成都",
    "北京市",
    "上海市",
    "深圳市",
    "Москва",
    "Санкт-Петербург",
    "London",
    "Berlin",
    "Paris",
    "Madrid",
    "Singapore",
  ].map((city) => city.toLowerCase()),
);

const POSTCODE = /\b[A-Z]?\d{4,6}(-\d{4})?\b/g;
const PLACE_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’. -]*$/u;

export function findLocation(segments: string[], name: string): string | undefined {
  for (const segment of segments) {
    const label = LABELS.find((candidate) => candidate.field === "location" && candidate.pattern.test(segment));
    if (label) {
      const place = placeFromAddress(stripLabel(segment));
      if (place) return place;
    }
  }
  for (const segment of segments) {
    if (segment === name || /@|https?:|www\./i.test(segment)) continue;
    const place = placeFromAddress(
      segment.replace(/^(based in|located in|lives in)\s+/i, "").replace(/^remote\s*\((.+)\)$/i, "$1"),
    );
    if (!place) continue;
    const parts = place.split(/[,،]\s*/);
    const last = parts[parts.length - 1]!.toLowerCase();
    if ((parts.length >= 2 && COUNTRY_KEYS.has(last)) || (parts.length === 1 && CITIES.has(last))) return place;
  }
  return undefined;
}

/** "Musterstraße 12, 10115 Berlin, Germany" → "Berlin, Germany"; "Austin, TX 78701" → "Austin, TX". */
function placeFromAddress(value: string): string | undefined {
  const parts = value
    .split(/\s*[,，、،]\s*/u)
    .map((part) => part.trim())
    .filter(Boolean)
    // A street line keeps a number once its postcode is gone ("Musterstraße 12"); "10115 Berlin" does not.
    .filter((part) => !/\d/.test(part.replace(POSTCODE, "")))
    .map((part) => part.replace(POSTCODE, "").replace(/\s+/g, " ").trim())
    .filter((part) => part && PLACE_WORD.test(part) && part.length <= 40);
  if (parts.length === 0 || parts.length > 3) return undefined;
  return parts.join(value.includes("،") ? "، " : ", ");
}
