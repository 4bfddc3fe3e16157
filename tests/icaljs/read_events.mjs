// Reads an iCalendar file with Mozilla's ical.js (Thunderbird's parser) and prints every
// VEVENT (and VTODO) as JSON: times as UTC seconds since the epoch (all-day dates as YYYY-MM-DD), worked
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
// Every VTODO too: DUE as YYYY-MM-DD for a date (else UTC seconds), COMPLETED as UTC seconds.
const todos = root.getAllSubcomponents("vtodo").map((vtodo) => {
  const due = vtodo.getFirstPropertyValue("due");
  const completed = vtodo.getFirstPropertyValue("completed");
  return {
    uid: vtodo.getFirstPropertyValue("uid"),
    sequence: vtodo.getFirstPropertyValue("sequence"),
    summary: vtodo.getFirstPropertyValue("summary"),
    description: vtodo.getFirstPropertyValue("description"),
    status: vtodo.getFirstPropertyValue("status"),
    categories: vtodo.getAllProperties("categories").flatMap((p) => p.getValues()),
    due: due ? when(due) : null,
    due_is_date: due ? due.isDate : null,
    completed: completed ? completed.toUnixTime() : null,
    percent: vtodo.getFirstPropertyValue("percent-complete"),
    related_to: vtodo.getFirstPropertyValue("related-to"),
  };
});
process.stdout.write(JSON.stringify({
  name: root.getFirstPropertyValue("name"),
  method: root.getFirstPropertyValue("method"),
  timezones: root.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid")),
  events,
  todos,
}));
