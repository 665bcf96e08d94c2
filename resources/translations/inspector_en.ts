<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person not on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone working at the unit who is not on the list of staff on duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post, &amp;counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>✓ Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Guidance (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guidance and the regulation of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;C&lt;/b&gt; compliant · &lt;b&gt;2&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; not compliant · &lt;b&gt;3&lt;/b&gt; not applicable · choices: the choice&apos;s number · numbers, times, text: type, or &lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;F2&lt;/b&gt; · &lt;b&gt;N&lt;/b&gt; note · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑↓&lt;/b&gt; move · &lt;b&gt;F1&lt;/b&gt;/&lt;b&gt;?&lt;/b&gt; guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit item is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection is completed and read-only; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not compliant? (a note; Esc to skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time: type hours and minutes, e.g. 07:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from %1 to %2, without thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number of at least %1, without thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, e.g. 95,5, without thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionView</name>
    <message>
        <source>Draft from findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the conclusions and the recommendations from the roll call and the checklists; edit them as you like. Everything is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conclusions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The unit&apos;s explanation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit&apos;s representative says about the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommendations and deadlines&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection ended at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted from the findings; edit as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusions or recommendations hold text you typed. Replace them with a new draft from the findings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Inspector — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector met an unexpected error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything entered up to the last change is saved. You can go on working, or close Inspector and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attire neat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the roll call and the checklists as recorded so far; percentages are of the people called or of the answers given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with leave %1 · without leave %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this inspection&apos;s forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who fell short (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not compliant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Inspections on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by unit, document number or person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspections on this laptop yet.
Press Ctrl+N to start a new inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection of {unit} on {date} is completed and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft inspection of {unit} on {date}?

Everything recorded in it is deleted too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Enter: save · Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionListModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPlaceholder</name>
    <message>
        <source>The inspection screens are not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp; export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector — surprise inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of inspections (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the inspections (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in %1 could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no inspections on this laptop yet.

Load the demo data to try Inspector? It adds a service center with 25 staff, an inspection team, one completed inspection and one draft. You can delete the draft later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember the current place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / double click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surprise inspections of public-service discipline: roll call, checklists, findings and the minutes, on site and offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font: Be Vietnam Pro (SIL Open Font License 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 15/BB-ĐKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;cretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;inspector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person to the inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s staff on duty are copied to the roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staff on duty will be copied to the roll call.</source>
        <translation>
            <numerusform>%n person on duty will be copied to the roll call.</numerusform>
            <numerusform>%n people on duty will be copied to the roll call.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the unit to inspect from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the team head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPlaceholder</name>
    <message>
        <source>Evidence photos — coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will take or import photos for each finding (a counter left untidy, a badge not worn) and attach them to the person or item. Until then, note in the roll call or the checklist which photo on the camera shows what.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this laptop? Your name and agency go into the minutes and into the log of changes. You can change them later in Settings → Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and agency go into the minutes and into the log of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chuyên viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sở Nội vụ tỉnh …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationRow</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit must do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen a completed inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A completed inspection is reopened only with the team head&apos;s consent. The head&apos;s name and the reason are kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team head&apos;s full name, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team head&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. to add the unit&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent with leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Neat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not neat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on site (not on the roster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position · Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallView</name>
    <message>
        <source>Find by name, position or counter… (Ctrl+F; Esc clears)</source>
        <extracomment>Keys of the roll-call table and what they do. Keys of the current person&apos;s list of staff items. After these statuses, the staff items not answered yet are answered &quot;compliant&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person not on the roster (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone left: at post, compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record everyone not yet called as at post and compliant (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;Space&lt;/b&gt; at post, compliant → next · &lt;b&gt;2&lt;/b&gt; away from post · &lt;b&gt;3&lt;/b&gt; late (type the arrival time) · &lt;b&gt;4&lt;/b&gt; absent with leave · &lt;b&gt;5&lt;/b&gt; absent without leave · &lt;b&gt;A&lt;/b&gt; attire · &lt;b&gt;B&lt;/b&gt; badge · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;F2&lt;/b&gt; note · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑↓&lt;/b&gt;/&lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;Home&lt;/b&gt;/&lt;b&gt;End&lt;/b&gt; move · &lt;b&gt;Tab&lt;/b&gt; this person&apos;s other items · &lt;b&gt;Ctrl+F&lt;/b&gt; find · &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; everyone left at post · &lt;b&gt;Ctrl+Shift+N&lt;/b&gt; add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; compliant · &lt;b&gt;2&lt;/b&gt; not compliant · &lt;b&gt;3&lt;/b&gt; not applicable · &lt;b&gt;N&lt;/b&gt; note · &lt;b&gt;Esc&lt;/b&gt; back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection is completed and read-only; reopen it to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who are absent are not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone on the list has been called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrived at (hours:minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time; type e.g. 07:52 or 752</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not answered compliant / not compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone left at post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the %1 people not yet called as at post, and every item not yet assessed as compliant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once; nothing you have entered is lost. Every change is saved the moment you make it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignPlaceholder</name>
    <message>
        <source>Sign &amp; export the minutes — coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will preview the minutes (biên bản) as a PDF in the official layout, have them signed by the unit&apos;s representative, the team head and the secretary, and export or send them. Until then, complete the inspection so that its findings and conclusion stay as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
