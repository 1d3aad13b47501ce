// Parse .ics files with Mozilla's ical.js (Thunderbird's parser) and print what it read.
// Usage: node parse-ics.mjs FILE...  -> one JSON line per file:
//   {"file": ..., "events": [{"uid", "summary", "description", "start", "end", "isDate", "categories"}]}
// Exits 1 with the parser's message on the first file it cannot read.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function describe(vevent) {
  const event = new ICAL.Event(vevent);
  const categories = vevent.getAllProperties("categories").flatMap((p) => p.getValues());
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    start: event.startDate ? event.startDate.toString() : null,
    end: event.endDate ? event.endDate.toString() : null,
    isDate: event.startDate ? event.startDate.isDate : null,
    categories,
  };
}

for (const file of process.argv.slice(2)) {
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    const events = root.getAllSubcomponents("vevent").map(describe);
    console.log(JSON.stringify({ file, events }));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    process.exit(1);
  }
}
