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
    <name>CameraDialog</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digital signature yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12 or .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB &amp;token (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token driver&apos;s PKCS#11 library (.dll or .so), from the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates (for verifying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. http://tsa.example.vn; signing works offline without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases and PINs are never stored: they are asked each time you sign. A signer is trusted when their certificate, or the CA certificate that issued it, is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token library, the token label and the key label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token library %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp server&apos;s address starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
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
        <source>&amp;Draft from findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;recommendation</source>
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
    <name>DigitalSigning</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again (a token locks itself after a few wrong PINs).</source>
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
        <extracomment>Inspections Home lists at a time, newest first (a laptop may hold years of them: listing 10,000 would keep the UI thread busy for half a second); &quot;Show more&quot; lists more.</extracomment>
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
        <source>the newest %n inspection(s)</source>
        <translation>
            <numerusform>the newest inspection</numerusform>
            <numerusform>the newest %n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
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
    <name>InspectionHeader</name>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the inspection completed; it becomes read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen with the team head&apos;s name and a reason</source>
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
    <message>
        <source>%1 people without a roll-call status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people with staff items not assessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit items not answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment created: correct it, complete it and sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete this inspection? It becomes read-only; changing it later needs the team head&apos;s name and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection is completed and now read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the name of the team head of this inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection is open for changes again.</source>
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
        <source>&amp;Verify a signed PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signatures of minutes received or exported (any PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate or USB token that signs, trusted certificates, timestamps</source>
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
    <name>MinutesPreview</name>
    <message>
        <source>Refresh</source>
        <extracomment>Zoom steps of the zoom-in / zoom-out actions and the zoom box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the minutes again from the inspection (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 pages · %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages · %2 photos · %3 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN of the USB token %1 to sign. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the certificate file %1 to sign. It is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrows, circles and texts drawn are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotated version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to write on the photo:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoWarnings</name>
    <message>
        <source>No capture time: the photo does not say when it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken %1, before the inspection (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken %1, after the inspection (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same photo is in another inspection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file was altered or is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this image format is not supported (HEIC: set the phone to JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many pixels: refused as a decompression bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (incomplete copy or damaged card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo files (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every photo of a folder, such as a phone&apos;s or a memory card&apos;s DCIM folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View / annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos or whole folders (DCIM) here, paste with Ctrl+V, or use Add photos. Double-click a photo to view or annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste: copy photo files or an image first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection is completed: its photos cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are being added: wait, or cancel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated version; the original is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every photo of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the inspection? Its annotated versions are removed too.</source>
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
    <message numerus="yes">
        <source>✗ %n not compliant</source>
        <translation>
            <numerusform>✗ %n not compliant</numerusform>
            <numerusform>✗ %n not compliant</numerusform>
        </translation>
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
    <name>SignDialog</name>
    <message>
        <source>Unit representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures on the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each signer signs on the pad below their name, or the refusal to sign is recorded with the reason. The drawn signatures are printed in the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither signed nor refused with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignView</name>
    <message>
        <source>Signed file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatures on screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s representative, the team head and the secretary sign on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;digitally…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team head signs the PDF with a certificate; the inspection is then locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the minutes as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the signed file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed inspection never changes: a correction is a new, linked inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2. The inspection can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the minutes on the left, have them signed on screen, then sign them digitally as the team head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes on the left show what is recorded so far. Signatures can be drawn now; the digital signature needs the inspection completed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures on the minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are still being prepared; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the signed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed minutes stay as they are. A new inspection with the same content is made, linked to them, to be corrected, completed and signed.

What is corrected, and why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <extracomment>Total stroke length (logical units) below which the pad counts as empty. Pen width at normal pressure, in logical units.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerPanel</name>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuses to sign; reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the person gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the reason for refusing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the signature with the mouse, a pen or a finger.</source>
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
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted certificates are set: whether a signer is trusted is not checked (Certificates in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a signed PDF to check its signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: every signature is intact%1 and nothing was changed after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 (%2) cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 (%2) is not intact: the signed content was modified after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 (%2): the certificate is not trusted (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after signature %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was changed after the last signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
