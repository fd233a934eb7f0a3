/**
 * A direction cell that holds a direction word exactly as reading leaves it is read without
 * folding its text (functions/cells.ts); every other way of writing it goes the long way.
 * Both must give the engine's readDirection, whatever the spelling.
 */
import "./customFunctionsDouble";
import { readDirectionCell } from "../../functions/cells";
import { readDirection } from "../../src/direction";
import { widen } from "../../src/text";
import { directionWords } from "../../src/vocabulary";

test("every direction word, as written and otherwise spelled, reads as readDirection reads it", () => {
  const spellings = (word: string): string[] => [word, word.toUpperCase(), ` ${word}\u3000`, widen(word), `${word}x`];
  const cells = [...directionWords.keys()].flatMap(spellings);
  expect(cells.length).toBeGreaterThan(20);
  for (const cell of cells) {
    const expected = readDirection(cell);
    const read = readDirectionCell(cell, "en");
    expect({ cell, read: typeof read === "string" ? read : "error" }).toEqual({ cell, read: expected ?? "error" });
  }
});
