/** Strings kept once each, known by their place in `list`: tens of thousands of pages make the same few lookups. */
export class StringTable {
  readonly list: string[] = [];
  readonly #places = new Map<string, number>();

  indexOf(text: string): number {
    let place = this.#places.get(text);
    if (place === undefined) {
      place = this.list.push(text) - 1;
      this.#places.set(text, place);
    }
    return place;
  }
}
