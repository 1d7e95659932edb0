// The countries offered in options: every country of the hotline directory plus the countries job seekers
// targeted by scam-compound recruiters commonly come from, named in the UI language and sorted by name.
// Pure: the directory and the naming function are passed in.

/** Countries of origin often named in reports on scam-compound recruitment, and common destinations. */
export const COMMON_COUNTRIES = [
  'ID', 'VN', 'PH', 'TH', 'MY', 'MM', 'KH', 'LA', 'CN', 'TW', 'HK', 'IN', 'NP', 'LK', 'BD', 'PK', 'KE', 'ET', 'UG', 'NG',
  'GH', 'BR', 'KR', 'JP', 'SG', 'US', 'GB', 'AU',
] as const;

export interface CountryChoice {
  code: string;
  name: string;
}

export function countryChoices(
  directoryCountries: readonly string[],
  name: (code: string) => string | undefined,
  collator: Intl.Collator = new Intl.Collator(),
): CountryChoice[] {
  const codes = new Set<string>();
  for (const code of [...directoryCountries, ...COMMON_COUNTRIES]) {
    const upper = code.toUpperCase();
    if (/^[A-Z]{2}$/.test(upper) && upper !== 'XX') codes.add(upper);
  }
  return [...codes].map((code) => ({ code, name: name(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}
