// opencc-js ships no types for its dictionary files: each is one string of `from to|from to…` entries.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
