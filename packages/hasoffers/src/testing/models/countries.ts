/** One country of the fake's fixed list (ids are ISO 3166 numeric codes, as the recordings show). */
export interface CountryRow {
  id: string;
  code: string;
  name: string;
  code3c: string;
}

const LIST = `203 CZ CZE czech republic
724 ES ESP spain
643 RU RUS russian federation
840 US USA united states
826 GB GBR united kingdom
276 DE DEU germany
250 FR FRA france
380 IT ITA italy
616 PL POL poland
528 NL NLD netherlands
124 CA CAN canada
484 MX MEX mexico
76 BR BRA brazil
356 IN IND india
36 AU AUS australia`;

/** The countries the fake knows, in a stable order. */
export const COUNTRIES: readonly CountryRow[] = LIST.split("\n").map((line) => {
  const [id, code, code3c, ...name] = line.split(" ");
  return { id: id!, code: code!, code3c: code3c!, name: name.join(" ") };
});

/** Looks a country up by its two-letter code (case-insensitive). */
export function countryByCode(code: string): CountryRow | undefined {
  const upper = code.toUpperCase();
  return COUNTRIES.find((c) => c.code === upper);
}
