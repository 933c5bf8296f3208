/**
 * The official Thai government holidays (วันหยุดราชการ) of fiscal years B.E. 2566 to 2570, used to
 * prefill the `วันหยุด` tab so days late can be counted in working days. One list by calendar date
 * ({@link HOLIDAYS}); each fiscal year's table ({@link holidaysForFiscalYear}) is the part of it
 * from 1 October of the fiscal year through 31 October after it: round 2 is due in October, so its
 * late days fall after the fiscal year ends, and the table covers them too.
 */

import { dayFromIso, isoFromDay } from './dates';

/** An official holiday: ISO date (C.E.) and its Thai name. */
export interface Holiday {
  readonly date: string;
  readonly name: string;
}

/** The name the cabinet gives the extra days it adds (วันหยุดราชการเพิ่มเป็นกรณีพิเศษ). */
const SPECIAL = 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ';

const BHUMIBOL_MEMORIAL = 'วันคล้ายวันสวรรคต พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร';
const CHULALONGKORN = 'วันปิยมหาราช';
const BHUMIBOL_BIRTHDAY =
  'วันคล้ายวันพระบรมราชสมภพ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร วันชาติ และวันพ่อแห่งชาติ';
const CONSTITUTION = 'วันรัฐธรรมนูญ';
const NEW_YEARS_EVE = 'วันสิ้นปี';
const NEW_YEAR = 'วันขึ้นปีใหม่';
const MAKHA = 'วันมาฆบูชา';
const CHAKRI = 'วันจักรี';
const SONGKRAN = 'วันสงกรานต์';
const CORONATION = 'วันฉัตรมงคล';
const PLOUGHING = 'วันพืชมงคล';
const VISAKHA = 'วันวิสาขบูชา';
const QUEEN_SUTHIDA = 'วันเฉลิมพระชนมพรรษา สมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี';
const KING = 'วันเฉลิมพระชนมพรรษา พระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว';
const ASALHA = 'วันอาสาฬหบูชา';
const KHAO_PHANSA = 'วันเข้าพรรษา';
const QUEEN_SUTHIDA_AND_VISAKHA = `${QUEEN_SUTHIDA} และวันวิสาขบูชา`;
const QUEEN_MOTHER_AND_MOTHERS_DAY =
  'วันเฉลิมพระชนมพรรษา สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ';
/** 12 August after Queen Sirikit's passing (24 Oct 2025): her birthday is remembered, not celebrated. */
const QUEEN_MOTHER_REMEMBERED_AND_MOTHERS_DAY =
  'วันคล้ายวันพระราชสมภพ สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ';

const substituteFor = (name: string): string => `ชดเชย${name}`;

/**
 * The last day the sources below cover: the cabinet's annual list for calendar B.E. 2569 (2026)
 * is the newest announced (checked 2 Dec 2026). No list for B.E. 2570 (2027) was found, so no day
 * of 2027 is listed, and fiscal year 2570's table ends here rather than on 31 October 2027.
 */
export const HOLIDAYS_KNOWN_THROUGH = '2026-12-31';

/**
 * Every official holiday from 1 October 2022 to {@link HOLIDAYS_KNOWN_THROUGH}, from the cabinet's
 * announcements, sorted by date. Weekend holidays are listed too, each with its substitution day
 * (ชดเชย…); where two holidays share a day they share one entry; two weekend holidays in a row get
 * one substitution day (the cabinet's rule of 3 Feb 2004).
 *
 * Check before use: the cabinet may add days (as it did for 31 July 2023, only six days ahead).
 *
 * Included: the cabinet's annual government holidays (วันหยุดราชการประจำปี) with their
 * substitution days, the Royal Ploughing Ceremony (government offices only), and the extra days
 * the cabinet added nationwide (วันหยุดราชการเพิ่มเป็นกรณีพิเศษ).
 *
 * Left out on purpose (the cabinet wins over python-holidays, vacanza/holidays
 * `holidays/countries/thailand.py`, which lists the first two):
 * - National Labour Day, 1 May: a holiday for banks and private employers, not for government
 *   offices (1 May 2023, 2024, 2025 and 2026; python-holidays lists it as a public holiday).
 * - 3 Jan 2023: python-holidays lists it as a substitution for New Year's Eve, but the cabinet's
 *   list, the Bank of Thailand and the Thai press give a single substitution day, 2 Jan 2023, for
 *   both 31 Dec 2022 and 1 Jan 2023 (with 30 Dec 2022 added instead).
 * - 2 Jan 2024: the substitution day for New Year's Eve 2023 was moved to 29 Dec 2023 (cabinet,
 *   24 Oct 2023), so 2 Jan 2024 was a working day.
 * - 2 Jun and 31 Jul 2026: proposed as extra days, withdrawn by the cabinet on 2 Dec 2025.
 * - 16–18 Nov 2022 (APEC summit): special holidays only in Bangkok, Nonthaburi and Samut Prakan.
 * - Regional holidays (วันหยุดราชการประจำภาค), the extra Muslim holidays of the southern border
 *   provinces, and National Children's Day (a Saturday, not a holiday of government offices).
 * - Queen Sirikit's passing (24 Oct 2025) brought a year of mourning and flags at half-mast for
 *   30 days, but no holiday (cabinet, 25 Oct 2025).
 *
 * Sources, by period (each date has at least one announcement or press report of it, and the
 * python-holidays data as a cross-check, except where said):
 * - FY 2566 (Oct 2022 – Sep 2023): the cabinet's resolutions as reported by the Office of the Prime
 *   Minister's spokespersons (ภาพรวมวันหยุดราชการประจำปี 2566 in Prachachat Turakij; TNA/MCOT, Daily
 *   News and TNN on 10 Jan 2023; Manager and others on 25 Jul 2023; Kapook, Bangkok Insight and
 *   Guideubon on the 4 Nov 2021 resolution: 14 Oct and 30 Dec 2022); the Bank of Thailand's 2023
 *   holidays (The Nation, 15 Dec 2022); Thairath, Krungthep Turakij, Thansettakij, TNN, Jarm,
 *   Bugaboo.tv, The Thaiger and Mokkalana holiday calendars; KMUTT and Bangkok University library
 *   lists; Hua Hin Today and The Phuket News; Buriram Times, Lifestyle Asia, GT-Rider (2022).
 * - Oct–Dec 2023: 13 and 23 Oct (iTAX, วันหยุดตุลาคม 2566); 5, 10 and 11 Dec (Thansettakij,
 *   30 Nov 2023; PPTV); 29 Dec moved from 2 Jan 2024 (cabinet 24 Oct 2023: TNA/MCOT
 *   politics-1260681, Thai Post, FM91, Sentangsedtee).
 * - 2024 (วันหยุดราชการประจำปี 2567, cabinet 24 Oct 2023, TNA/MCOT): 26 Feb, 8 Apr, 15–16 Apr
 *   (Sentangsedtee, วันหยุด 2567); 24 Feb, 6 Apr, 13–15 Apr, 4 and 6 May, 10 May (thaiworldview
 *   2024 calendar); 10 May Royal Ploughing (Phetchakasem police station, วันพืชมงคล 2567); 12 Apr
 *   extra day (cabinet 13 Feb 2024: Pattaya Mail/TNA, Money and Banking, BTimes); 22 May Visakha
 *   (Kom Chad Luek); 20–22 Jul (Daily CTH, Chill-Gang: one substitution day for Asalha and Khao
 *   Phansa); 3 Jun, 28–29 Jul, 12 Aug, 13–14 Oct, 23 Oct, 5 and 10 Dec (python-holidays, matching
 *   the fixed dates of the annual list); 30 Dec extra day (cabinet 24 Oct 2023, TNA/MCOT).
 * - 2025 (วันหยุดราชการประจำปี 2568): 1 Jan, 12 Feb, 6–7 Apr (Nation TV, ปักหมุดวันหยุดยาว 2568;
 *   CM77); 13–16 Apr (CM77, python-holidays); 4–5, 9, 11–12 May (Thansettakij 626899, ABC Newz);
 *   2 Jun, 11 Aug and 2 Jan 2026 extra days (cabinet 12 Nov 2024: The Nation 40043214, Lion News,
 *   Nation TV, Prachachat via Excite); 10 Jul Asalha (Thai News Online); 11 Jul, 3 Jun, 28 Jul
 *   (python-holidays); 12 Aug (MGR Online 10 Aug 2025, LINE Today); 13 and 23 Oct (Kapook 249494
 *   and 249695, The Thaiger 10 Oct 2025); 5, 10 and 31 Dec (Kapook 250150 and 250490).
 * - 2026 (วันหยุดราชการประจำปี 2569): 1–2 Jan, 3 Mar, 6 Apr, 13–15 Apr, 4 May, 31 May, 3 Jun,
 *   28–30 Jul (The Thaiger, 2 Dec 2025; Kapook 251071 and 251676; The Thaiger 6 Mar 2026 for
 *   April; MGR Online 6 Nov 2025 for 2 Jan); 1 Jun, 12 Aug, 13 and 23 Oct, 5 and 7 Dec, 10 and
 *   31 Dec (the fixed dates of the annual list, python-holidays; publicholidays.asia for 12 Aug);
 *   13 May Royal Ploughing (python-holidays' date from the Royal Household; no second source found).
 * - 2027: no announcement found (Kapook 251168, 26 Dec 2025: no extra day for New Year 2570).
 */
export const HOLIDAYS: readonly Holiday[] = [
  // Fiscal year 2566.
  { date: '2022-10-13', name: BHUMIBOL_MEMORIAL },
  { date: '2022-10-14', name: SPECIAL },
  { date: '2022-10-23', name: CHULALONGKORN },
  { date: '2022-10-24', name: substituteFor(CHULALONGKORN) },
  { date: '2022-12-05', name: BHUMIBOL_BIRTHDAY },
  { date: '2022-12-10', name: CONSTITUTION },
  { date: '2022-12-12', name: substituteFor(CONSTITUTION) },
  { date: '2022-12-30', name: SPECIAL },
  { date: '2022-12-31', name: NEW_YEARS_EVE },
  { date: '2023-01-01', name: NEW_YEAR },
  { date: '2023-01-02', name: 'ชดเชยวันสิ้นปีและวันขึ้นปีใหม่' },
  { date: '2023-03-06', name: MAKHA },
  { date: '2023-04-06', name: CHAKRI },
  { date: '2023-04-13', name: SONGKRAN },
  { date: '2023-04-14', name: SONGKRAN },
  { date: '2023-04-15', name: SONGKRAN },
  { date: '2023-04-17', name: substituteFor(SONGKRAN) },
  { date: '2023-05-04', name: CORONATION },
  { date: '2023-05-05', name: SPECIAL },
  { date: '2023-05-17', name: PLOUGHING },
  { date: '2023-06-03', name: QUEEN_SUTHIDA_AND_VISAKHA },
  { date: '2023-06-05', name: substituteFor(QUEEN_SUTHIDA_AND_VISAKHA) },
  { date: '2023-07-28', name: KING },
  { date: '2023-07-31', name: SPECIAL },
  { date: '2023-08-01', name: ASALHA },
  { date: '2023-08-02', name: KHAO_PHANSA },
  { date: '2023-08-12', name: QUEEN_MOTHER_AND_MOTHERS_DAY },
  { date: '2023-08-14', name: substituteFor(QUEEN_MOTHER_AND_MOTHERS_DAY) },
  // Fiscal year 2567.
  { date: '2023-10-13', name: BHUMIBOL_MEMORIAL },
  { date: '2023-10-23', name: CHULALONGKORN },
  { date: '2023-12-05', name: BHUMIBOL_BIRTHDAY },
  { date: '2023-12-10', name: CONSTITUTION },
  { date: '2023-12-11', name: substituteFor(CONSTITUTION) },
  { date: '2023-12-29', name: 'ชดเชยวันสิ้นปี (เลื่อนจากวันที่ 2 ม.ค. 2567 ตามมติคณะรัฐมนตรี)' },
  { date: '2023-12-31', name: NEW_YEARS_EVE },
  { date: '2024-01-01', name: NEW_YEAR },
  { date: '2024-02-24', name: MAKHA },
  { date: '2024-02-26', name: substituteFor(MAKHA) },
  { date: '2024-04-06', name: CHAKRI },
  { date: '2024-04-08', name: substituteFor(CHAKRI) },
  { date: '2024-04-12', name: SPECIAL },
  { date: '2024-04-13', name: SONGKRAN },
  { date: '2024-04-14', name: SONGKRAN },
  { date: '2024-04-15', name: SONGKRAN },
  { date: '2024-04-16', name: substituteFor(SONGKRAN) },
  { date: '2024-05-04', name: CORONATION },
  { date: '2024-05-06', name: substituteFor(CORONATION) },
  { date: '2024-05-10', name: PLOUGHING },
  { date: '2024-05-22', name: VISAKHA },
  { date: '2024-06-03', name: QUEEN_SUTHIDA },
  { date: '2024-07-20', name: ASALHA },
  { date: '2024-07-21', name: KHAO_PHANSA },
  { date: '2024-07-22', name: `${substituteFor(ASALHA)}และ${KHAO_PHANSA}` },
  { date: '2024-07-28', name: KING },
  { date: '2024-07-29', name: substituteFor(KING) },
  { date: '2024-08-12', name: QUEEN_MOTHER_AND_MOTHERS_DAY },
  // Fiscal year 2568.
  { date: '2024-10-13', name: BHUMIBOL_MEMORIAL },
  { date: '2024-10-14', name: substituteFor(BHUMIBOL_MEMORIAL) },
  { date: '2024-10-23', name: CHULALONGKORN },
  { date: '2024-12-05', name: BHUMIBOL_BIRTHDAY },
  { date: '2024-12-10', name: CONSTITUTION },
  { date: '2024-12-30', name: SPECIAL },
  { date: '2024-12-31', name: NEW_YEARS_EVE },
  { date: '2025-01-01', name: NEW_YEAR },
  { date: '2025-02-12', name: MAKHA },
  { date: '2025-04-06', name: CHAKRI },
  { date: '2025-04-07', name: substituteFor(CHAKRI) },
  { date: '2025-04-13', name: SONGKRAN },
  { date: '2025-04-14', name: SONGKRAN },
  { date: '2025-04-15', name: SONGKRAN },
  { date: '2025-04-16', name: substituteFor(SONGKRAN) },
  { date: '2025-05-04', name: CORONATION },
  { date: '2025-05-05', name: substituteFor(CORONATION) },
  { date: '2025-05-09', name: PLOUGHING },
  { date: '2025-05-11', name: VISAKHA },
  { date: '2025-05-12', name: substituteFor(VISAKHA) },
  { date: '2025-06-02', name: SPECIAL },
  { date: '2025-06-03', name: QUEEN_SUTHIDA },
  { date: '2025-07-10', name: ASALHA },
  { date: '2025-07-11', name: KHAO_PHANSA },
  { date: '2025-07-28', name: KING },
  { date: '2025-08-11', name: SPECIAL },
  { date: '2025-08-12', name: QUEEN_MOTHER_AND_MOTHERS_DAY },
  // Fiscal year 2569.
  { date: '2025-10-13', name: BHUMIBOL_MEMORIAL },
  { date: '2025-10-23', name: CHULALONGKORN },
  { date: '2025-12-05', name: BHUMIBOL_BIRTHDAY },
  { date: '2025-12-10', name: CONSTITUTION },
  { date: '2025-12-31', name: NEW_YEARS_EVE },
  { date: '2026-01-01', name: NEW_YEAR },
  { date: '2026-01-02', name: SPECIAL },
  { date: '2026-03-03', name: MAKHA },
  { date: '2026-04-06', name: CHAKRI },
  { date: '2026-04-13', name: SONGKRAN },
  { date: '2026-04-14', name: SONGKRAN },
  { date: '2026-04-15', name: SONGKRAN },
  { date: '2026-05-04', name: CORONATION },
  { date: '2026-05-13', name: PLOUGHING },
  { date: '2026-05-31', name: VISAKHA },
  { date: '2026-06-01', name: substituteFor(VISAKHA) },
  { date: '2026-06-03', name: QUEEN_SUTHIDA },
  { date: '2026-07-28', name: KING },
  { date: '2026-07-29', name: ASALHA },
  { date: '2026-07-30', name: KHAO_PHANSA },
  { date: '2026-08-12', name: QUEEN_MOTHER_REMEMBERED_AND_MOTHERS_DAY },
  // Fiscal year 2570 (known through 31 Dec 2026 only).
  { date: '2026-10-13', name: BHUMIBOL_MEMORIAL },
  { date: '2026-10-23', name: CHULALONGKORN },
  { date: '2026-12-05', name: BHUMIBOL_BIRTHDAY },
  { date: '2026-12-07', name: substituteFor(BHUMIBOL_BIRTHDAY) },
  { date: '2026-12-10', name: CONSTITUTION },
  { date: '2026-12-31', name: NEW_YEARS_EVE },
];

/** The fiscal years the tables cover. */
export const FIRST_HOLIDAY_FISCAL_YEAR = 2566;
export const LAST_HOLIDAY_FISCAL_YEAR = 2570;

/** A fiscal year's holidays: its own year and its late window, through 31 October after it. */
export interface FiscalYearHolidays {
  readonly fiscalYear: number;
  /** 1 October of the fiscal year (ISO). */
  readonly from: string;
  /** 31 October after the fiscal year ends (ISO): the end of round 2's late window. */
  readonly through: string;
  /**
   * The last day the table is known to be complete (ISO): `through`, or earlier where the
   * announcements end ({@link HOLIDAYS_KNOWN_THROUGH}).
   */
  readonly coveredThrough: string;
  /** The holidays from `from` through `coveredThrough`, sorted by date. */
  readonly holidays: readonly Holiday[];
}

/**
 * Fiscal year B.E. N runs from 1 October (N − 544) to 30 September (N − 543) C.E.; its table runs
 * on through 31 October (N − 543), where round 2's late days fall.
 *
 * @example holidaysForFiscalYear(2566)?.through // '2023-10-31'
 * @example holidaysForFiscalYear(2571) // undefined: not researched
 */
export function holidaysForFiscalYear(fiscalYear: number): FiscalYearHolidays | undefined {
  if (
    !Number.isInteger(fiscalYear) ||
    fiscalYear < FIRST_HOLIDAY_FISCAL_YEAR ||
    fiscalYear > LAST_HOLIDAY_FISCAL_YEAR
  )
    return undefined;
  const from = `${fiscalYear - 544}-10-01`;
  const through = `${fiscalYear - 543}-10-31`;
  const coveredThrough = isoFromDay(Math.min(dayFromIso(through), dayFromIso(HOLIDAYS_KNOWN_THROUGH)));
  const first = dayFromIso(from);
  const last = dayFromIso(coveredThrough);
  const holidays = HOLIDAYS.filter((holiday) => {
    const day = dayFromIso(holiday.date);
    return day >= first && day <= last;
  });
  return { fiscalYear, from, through, coveredThrough, holidays };
}
