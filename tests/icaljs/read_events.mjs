// Reads an iCalendar file with Mozilla's ical.js (Thunderbird's parser) and prints every
// VEVENT as JSON: times as UTC seconds since the epoch (all-day dates as YYYY-MM-DD), worked
// out from the file's own VTIMEZONE definitions, and the text values as ical.js unescapes them.
// Usage: node read_events.mjs FILE.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function when(time) {
  return time.isDate ? time.toString() : time.toUnixTime();
}

const root = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const events = root.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    location: event.location,
    description: event.description,
    status: vevent.getFirstPropertyValue("status"),
    all_day: event.startDate.isDate,
    start: when(event.startDate),
    end: when(event.endDate),
    tzid: vevent.getFirstProperty("dtstart").getParameter("tzid") || null,
  };
});
process.stdout.write(JSON.stringify({
  name: root.getFirstPropertyValue("name"),
  method: root.getFirstPropertyValue("method"),
  timezones: root.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
  events,
}));
