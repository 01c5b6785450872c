<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DraftsPage</name>
    <message numerus="yes">
        <source>%n place(s) were changed by both of you.</source>
        <translation>
            <numerusform>%n place was changed by both of you.</numerusform>
            <numerusform>%n places were changed by both of you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%n packet for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packets for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed to others (left alone)</source>
        <translation>
            <numerusform>%n addressed to others (left alone)</numerusform>
            <numerusform>%n addressed to others (left alone)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person not among your contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people not among your contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message numerus="yes">
        <source>Sent to %n contact(s);</source>
        <translation>
            <numerusform>Sent to %n contact;</numerusform>
            <numerusform>Sent to %n contacts;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{acked} of %n deliveries acknowledged.</source>
        <translation>
            <numerusform>{acked} of %n delivery acknowledged.</numerusform>
            <numerusform>{acked} of %n deliveries acknowledged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n change(s) that do not overlap are merged already.</source>
        <translation>
            <numerusform>%n change that does not overlap is merged already.</numerusform>
            <numerusform>%n changes that do not overlap are merged already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) were changed by both of you: decide each one.</source>
        <translation>
            <numerusform>%n place was changed by both of you: decide it.</numerusform>
            <numerusform>%n places were changed by both of you: decide each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{resolved} of %n conflict(s) resolved</source>
        <translation>
            <numerusform>{resolved} of %n conflict resolved</numerusform>
            <numerusform>{resolved} of %n conflicts resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <source>Wrote a readable PDF of %n page(s): {path}</source>
        <translation>
            <numerusform>Wrote a readable PDF of %n page: {path}</numerusform>
            <numerusform>Wrote a readable PDF of %n pages: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) named by neutral labels.</source>
        <translation>
            <numerusform>%n participant named by a neutral label.</numerusform>
            <numerusform>%n participants named by neutral labels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RootWindow</name>
    <message numerus="yes">
        <source>%n unlock attempt(s) failed since the vault was last opened.</source>
        <translation>
            <numerusform>%n unlock attempt failed since the vault was last opened.</numerusform>
            <numerusform>%n unlock attempts failed since the vault was last opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n min idle</source>
        <translation>
            <numerusform>Locks after %n min idle</numerusform>
            <numerusform>Locks after %n min idle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unlock attempt(s) left before the vault is erased.</source>
        <translation>
            <numerusform>%n unlock attempt left before the vault is erased.</numerusform>
            <numerusform>%n unlock attempts left before the vault is erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>The %n best matches for “{query}”: scroll for more, or add a word to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result for “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>%n recipient is not verified: if a card is not really theirs, someone else could read the paper.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients are not verified: if a card is not really theirs, someone else could read the paper.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member has no contact card and will not receive it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members have no contact card and will not receive it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n contact and written to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n contacts and written to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
