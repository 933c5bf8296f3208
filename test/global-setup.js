/**
 * Every test runs with the process in UTC, so nothing can lean on the machine's
 * local time zone: dates must be read in the spreadsheet's zone (Asia/Bangkok).
 */
module.exports = async () => {
  process.env.TZ = 'UTC';
};
