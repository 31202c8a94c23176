// html-validate's configuration for the built site (tests/site/valid-html.test.ts). A module, not JSON, so that every rule set aside says why.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // The header search is an ARIA combobox: its suggestions (grouped, with marked words) are a listbox no <select> can be.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
