/** Figures for the breach-exposure estimate, each with its source (data only). */

/** An OCR resolution for a lost or stolen unencrypted device. */
export type Settlement = { entity: string; year: number; amount: number; patients: number | null; what: string; source: string };

/** OCR settlements and penalties for lost or stolen unencrypted devices (verified figures only). */
export const deviceLossSettlements: readonly Settlement[] = [
  { entity: 'Hospice of North Idaho', year: 2013, amount: 50_000, patients: 441, what: 'Unencrypted laptop stolen from a worker\'s car; first settlement for a breach under 500', source: 'HHS OCR resolution agreement, as reported by the Spokesman-Review (Dec 2012)' },
  { entity: 'QCA Health Plan', year: 2014, amount: 250_000, patients: 148, what: 'Unencrypted laptop stolen from a car', source: 'HHS OCR resolution agreement (Apr 2014), per Wolters Kluwer and ADA News' },
  { entity: 'Massachusetts Eye and Ear Infirmary', year: 2012, amount: 1_500_000, patients: 3_500, what: 'Unencrypted laptop stolen while a physician travelled; no risk analysis for portable devices', source: 'HHS OCR resolution agreement (Sept 2012), per Security Magazine and FierceHealthcare' },
  { entity: 'Lifespan Health System ACE', year: 2020, amount: 1_040_000, patients: 20_431, what: 'Unencrypted MacBook stolen from an employee\'s car; no device inventory or encryption policy', source: 'HHS OCR resolution agreement (July 2020), per GDPR.report and Revision Legal' },
  { entity: 'North Memorial Health Care', year: 2016, amount: 1_550_000, patients: 9_500, what: 'Password-protected but unencrypted laptop stolen; no BAA with the vendor', source: 'HHS OCR resolution agreement (Mar 2016), per Absolute.com' },
  { entity: 'Concentra Health Services', year: 2014, amount: 1_725_220, patients: null, what: 'Unencrypted laptop stolen; encryption gap known from earlier risk analyses', source: 'HHS OCR resolution agreement (Apr 2014), per Wolters Kluwer and ADA News' },
];

/** Typical small-business claim figures. */
export const claimFigures = {
  median: { amount: 36_000, source: 'NetDiligence Cyber Claims Study 2020: SME incident-response median' },
  mean: { amount: 175_000, source: 'NetDiligence Cyber Claims Study 2020: SME incident-response average' },
} as const;

/** An upper reference that overstates a small practice's exposure; shown with that caveat. */
export const largeBreachReference = {
  amount: 7_420_000,
  source: 'IBM/Ponemon Cost of a Data Breach 2025, healthcare average (breaches of about 2,100 to 113,000 records)',
} as const;

/** Notification duties under the Breach Notification Rule (45 CFR 164.404-164.408). */
export const notificationDuties = {
  individuals: 'Notify each affected patient without unreasonable delay and no later than 60 days after discovery (45 CFR 164.404).',
  hhsSmall: 'Fewer than 500 people: log the breach and report it to HHS within 60 days after the end of the calendar year (45 CFR 164.408).',
  hhsLarge: '500 or more people: notify HHS at the same time as the patients, within 60 days; the breach is listed publicly on the HHS breach portal (45 CFR 164.408).',
  media: 'More than 500 residents of one state: notify prominent media outlets serving that state within 60 days (45 CFR 164.406).',
  state: 'State breach laws apply as well and some have shorter deadlines.',
} as const;

/** Why encryption matters: the safe-harbor rule in one sentence, with its source. */
export const safeHarborRule =
  'Patient data encrypted consistently with NIST SP 800-111, with the key kept off the device, is not "unsecured PHI": losing the device is then generally not a reportable breach (HHS guidance, 74 FR 19006, April 2009). A password alone is not encryption.';
