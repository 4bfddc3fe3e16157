<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApplyTemplateDialog</name>
    <message numerus="yes">
        <source>%1 — %n task(s)</source>
        <translation>
            <numerusform>%1 — %n task</numerusform>
            <numerusform>%1 — %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the template&apos;s tasks are in the checklist already; applying it adds them a second time. Apply anyway?</source>
        <translation>
            <numerusform>%n of the template&apos;s tasks is in the checklist already; applying it adds it a second time. Apply anyway?</numerusform>
            <numerusform>%n of the template&apos;s tasks are in the checklist already; applying it adds them a second time. Apply anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistsArea</name>
    <message numerus="yes">
        <source>next %n day(s)</source>
        <translation>
            <numerusform>next %n day</numerusform>
            <numerusform>next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in the next %n day(s): %1</source>
        <translation>
            <numerusform>Due in the next %n day: %1</numerusform>
            <numerusform>Due in the next %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 overdue, %3 due in the next %n day(s)</source>
        <translation>
            <numerusform>%1: %2 overdue, %3 due in the next %n day</numerusform>
            <numerusform>%1: %2 overdue, %3 due in the next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message numerus="yes">
        <source>… and %n more (View &gt; Conflicts)</source>
        <translation>
            <numerusform>… and %n more (View &gt; Conflicts)</numerusform>
            <numerusform>… and %n more (View &gt; Conflicts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCalendarDialog</name>
    <message numerus="yes">
        <source>«%1»: %n event(s)</source>
        <translation>
            <numerusform>«%1»: %n event</numerusform>
            <numerusform>«%1»: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewArea</name>
    <message numerus="yes">
        <source>Coming %n week(s)</source>
        <translation>
            <numerusform>Coming week</numerusform>
            <numerusform>Coming %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist tasks due in the next %n day(s): %1</source>
        <translation>
            <numerusform>Checklist tasks due in the next %n day: %1</numerusform>
            <numerusform>Checklist tasks due in the next %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n day(s) ago</source>
        <translation>
            <numerusform>ended %n day ago</numerusform>
            <numerusform>ended %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message numerus="yes">
        <source>Its %n agreement(s) are hidden with it.</source>
        <translation>
            <numerusform>Its agreement is hidden with it.</numerusform>
            <numerusform>Its %n agreements are hidden with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message numerus="yes">
        <source>%n record(s) of the year have no measure and are not in the report</source>
        <translation>
            <numerusform>%n record of the year has no measure and is not in the report</numerusform>
            <numerusform>%n records of the year have no measure and are not in the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskBoardModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
