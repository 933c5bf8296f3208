/**
 * The official Thai government holidays (วันหยุดราชการ) of fiscal year B.E. 2566, used to prefill
 * the `วันหยุด` tab so days late can be counted in working days.
 */

/** An official holiday: ISO date (C.E.) and its Thai name. */
export interface Holiday {
  readonly date: string;
  readonly name: string;
}

/** The name the cabinet gives the extra days it adds (วันหยุดราชการเพิ่มเป็นกรณีพิเศษ). */
const SPECIAL = 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ';

const QUEEN_SUTHIDA_AND_VISAKHA =
  'วันเฉลิมพระชนมพรรษา สมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี และวันวิสาขบูชา';

const QUEEN_MOTHER_AND_MOTHERS_DAY =
  'วันเฉลิมพระชนมพรรษา สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ';

/**
 * Official holidays of fiscal year B.E. 2566 (1 Oct 2022 – 30 Sep 2023), from the cabinet's
 * announcements, sorted by date. Weekend holidays are listed too, each with its substitution
 * day (ชดเชย…); where two holidays share a day they share one entry.
 *
 * Check before use: the cabinet may add days (as it did for 31 July 2023, only six days ahead).
 *
 * Included: the cabinet's annual government holidays (วันหยุดราชการประจำปี) for 2565 and 2566,
 * their substitution days, the Royal Ploughing Ceremony (government offices only, 17 May 2023),
 * and the extra days the cabinet added nationwide: 14 Oct and 30 Dec 2022 (resolution of
 * 4 Nov 2021), 5 May 2023 (10 Jan 2023) and 31 Jul 2023 (25 Jul 2023).
 *
 * Left out on purpose:
 * - National Labour Day, 1 May 2023: a holiday for banks and private employers, not for
 *   government offices.
 * - 16–18 Nov 2022 (APEC summit): special holidays only in Bangkok, Nonthaburi and Samut Prakan.
 * - Regional holidays (วันหยุดราชการประจำภาค) and the extra Muslim holidays of the southern
 *   border provinces.
 * - 3 Jan 2023: the python-holidays library (vacanza/holidays) lists it as a substitution for
 *   New Year's Eve, but the cabinet's list, the Bank of Thailand and the Thai press give a single
 *   substitution day, 2 Jan 2023, for both 31 Dec 2022 and 1 Jan 2023 (with 30 Dec 2022 added
 *   instead, for a four-day break 30 Dec – 2 Jan).
 *
 * Sources, cross-checked (at least two for each date): the cabinet's resolutions as reported by
 * the Office of the Prime Minister's spokespersons (ภาพรวมวันหยุดราชการประจำปี 2566 in Prachachat
 * Turakij; TNA/MCOT, Daily News and TNN on 10 Jan 2023; Manager and others on 25 Jul 2023;
 * Kapook, Bangkok Insight and Guideubon on the 4 Nov 2021 resolution); the Bank of Thailand's
 * financial institutions' holidays for 2023 (as reported by The Nation, 15 Dec 2022) and its press
 * releases; Thairath, Krungthep Turakij (Bangkok Biz News), Thansettakij, TNN, Jarm, Bugaboo.tv,
 * The Thaiger and Mokkalana holiday calendars; KMUTT and Bangkok University library holiday lists;
 * Hua Hin Today and The Phuket News (Visakha Bucha and July 2023 closures); Buriram Times,
 * Lifestyle Asia and a timeanddate-derived 2022 list (GT-Rider); the python-holidays library's
 * Thailand data (vacanza/holidays).
 */
export const HOLIDAYS_FY2566: readonly Holiday[] = [
  {
    date: '2022-10-13',
    name: 'วันคล้ายวันสวรรคต พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร',
  },
  { date: '2022-10-14', name: SPECIAL },
  { date: '2022-10-23', name: 'วันปิยมหาราช' },
  { date: '2022-10-24', name: 'ชดเชยวันปิยมหาราช' },
  {
    date: '2022-12-05',
    name: 'วันคล้ายวันพระบรมราชสมภพ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร วันชาติ และวันพ่อแห่งชาติ',
  },
  { date: '2022-12-10', name: 'วันรัฐธรรมนูญ' },
  { date: '2022-12-12', name: 'ชดเชยวันรัฐธรรมนูญ' },
  { date: '2022-12-30', name: SPECIAL },
  { date: '2022-12-31', name: 'วันสิ้นปี' },
  { date: '2023-01-01', name: 'วันขึ้นปีใหม่' },
  { date: '2023-01-02', name: 'ชดเชยวันสิ้นปีและวันขึ้นปีใหม่' },
  { date: '2023-03-06', name: 'วันมาฆบูชา' },
  { date: '2023-04-06', name: 'วันจักรี' },
  { date: '2023-04-13', name: 'วันสงกรานต์' },
  { date: '2023-04-14', name: 'วันสงกรานต์' },
  { date: '2023-04-15', name: 'วันสงกรานต์' },
  { date: '2023-04-17', name: 'ชดเชยวันสงกรานต์' },
  { date: '2023-05-04', name: 'วันฉัตรมงคล' },
  { date: '2023-05-05', name: SPECIAL },
  { date: '2023-05-17', name: 'วันพืชมงคล' },
  { date: '2023-06-03', name: QUEEN_SUTHIDA_AND_VISAKHA },
  { date: '2023-06-05', name: `ชดเชย${QUEEN_SUTHIDA_AND_VISAKHA}` },
  {
    date: '2023-07-28',
    name: 'วันเฉลิมพระชนมพรรษา พระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ พระวชิรเกล้าเจ้าอยู่หัว',
  },
  { date: '2023-07-31', name: SPECIAL },
  { date: '2023-08-01', name: 'วันอาสาฬหบูชา' },
  { date: '2023-08-02', name: 'วันเข้าพรรษา' },
  { date: '2023-08-12', name: QUEEN_MOTHER_AND_MOTHERS_DAY },
  { date: '2023-08-14', name: `ชดเชย${QUEEN_MOTHER_AND_MOTHERS_DAY}` },
];
