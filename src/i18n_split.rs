// Shared by build.rs and src/i18n.rs (through include!): the messages only the safe-space page
// (policy, report form, widget's page) shows. The meeting page's English and language files
// (`i18n/<code>.meeting.json`, written by finish_dist) leave them out.
const SAFE_SPACE_PREFIXES: [&str; 3] = ["report-", "policy-", "exit-"];
