// opencc-js ships its dictionaries as modules exporting one "from to|from to" string.
declare module 'opencc-js/dict/*' {
  const data: string;
  export default data;
}
