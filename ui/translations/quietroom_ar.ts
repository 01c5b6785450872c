<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Backups</name>
    <message>
        <source>Quietroom backups (*{suffix});;All files (*)</source>
        <translation>نسخ Quietroom الاحتياطية (*{suffix});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Back up the vault to a file</source>
        <translation>نسخ الخزنة احتياطيًا إلى ملف</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية المشفّرة…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>كُتبت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The backup is written and encrypted ({size} of records, {when} UTC). It opens with your passphrase or your recovery key. Keep it on a drive stored apart from this computer, and check it from time to time (Check a backup…).</source>
        <translation>كُتبت النسخة الاحتياطية وشُفّرت ({size} من السجلات، {when} بالتوقيت العالمي). تُفتح بعبارة المرور أو بمفتاح الاسترداد. احفظها على قرص يُحفظ بعيدًا عن هذا الحاسوب، وتحقّق منها من حين لآخر (التحقق من نسخة احتياطية…).</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>التحقق من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The passphrase of the vault this backup was made from (as it was then), or its recovery key.</source>
        <translation>عبارة مرور الخزنة التي أُخذت منها هذه النسخة (كما كانت حينها)، أو مفتاح استردادها.</translation>
    </message>
    <message>
        <source>Checking every part of the backup…</source>
        <translation>جارٍ التحقق من كل أجزاء النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The backup made {when} UTC restores: every part is authentic and its database is intact.

Dialogues: {dialogues} · Rounds: {sessions} · People: {people} · Notes: {notes} · Papers: {papers}</source>
        <translation>النسخة الاحتياطية المأخوذة في {when} بالتوقيت العالمي قابلة للاستعادة: كل أجزائها أصيلة وقاعدة بياناتها سليمة.

الحوارات: {dialogues} · الجولات: {sessions} · الأشخاص: {people} · الملاحظات: {notes} · الأوراق: {papers}</translation>
    </message>
    <message>
        <source>Its audit log does not verify: records were changed outside Quietroom before the backup was made.</source>
        <translation>سجل التدقيق فيها لا يجتاز التحقق: عُدّلت سجلات خارج Quietroom قبل أخذ النسخة.</translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation>تم التحقق من النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>جارٍ التحقق من كل صفحات الخزنة…</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>تم التحقق من الخزنة</translation>
    </message>
    <message>
        <source>Every page of the vault is authentic and its database is intact. The audit log&apos;s chain of {count} entries verifies: nothing was changed outside Quietroom.</source>
        <translation>كل صفحات الخزنة أصيلة وقاعدة بياناتها سليمة. سلسلة سجل التدقيق ({count} إدخالًا) تجتاز التحقق: لم يُعدَّل شيء خارج Quietroom.</translation>
    </message>
    <message>
        <source>The vault&apos;s database failed its integrity check ({count} problem(s)): restore it from a backup, and keep this copy for inspection.</source>
        <translation>فشلت قاعدة بيانات الخزنة في فحص السلامة (عدد المشكلات: {count}): استعدها من نسخة احتياطية، واحتفظ بهذه النسخة لفحصها.</translation>
    </message>
    <message>
        <source>The audit log does not verify (from entry {seq}): records were changed outside Quietroom, or the log was cut.</source>
        <translation>سجل التدقيق لا يجتاز التحقق (بدءًا من الإدخال {seq}): عُدّلت سجلات خارج Quietroom، أو اقتُطع السجل.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The passphrase of the vault this backup was made from, or its recovery key. The restored vault opens with the same ones.</source>
        <translation>عبارة مرور الخزنة التي أُخذت منها هذه النسخة، أو مفتاح استردادها. تُفتح الخزنة المستعادة بهما نفسيهما.</translation>
    </message>
    <message>
        <source>Restoring the vault…</source>
        <translation>جارٍ استعادة الخزنة…</translation>
    </message>
    <message>
        <source>Quietroom</source>
        <translation>Quietroom</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>رمز QR لبطاقة جهة الاتصال الخاصة بك</translation>
    </message>
    <message>
        <source>Copy card as text</source>
        <translation>نسخ البطاقة نصًا</translation>
    </message>
    <message>
        <source>Save card to a file…</source>
        <translation>حفظ البطاقة في ملف…</translation>
    </message>
    <message>
        <source>Save your contact card</source>
        <translation>حفظ بطاقة جهة الاتصال الخاصة بك</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>لم تُحفظ البطاقة</translation>
    </message>
    <message>
        <source>The card was not saved: {exc}.</source>
        <translation>لم تُحفظ البطاقة: {exc}.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Only the passphrase&apos;s key slot is rewritten: the records are not touched, and backups made before keep opening with the old passphrase.</source>
        <translation>لا يُعاد إلا كتابة خانة مفتاح عبارة المرور: لا تُمسّ السجلات، وتبقى النسخ الاحتياطية السابقة تُفتح بعبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>I give the recovery key instead</source>
        <translation>سأُدخل مفتاح الاسترداد بدلًا منها</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Conflict {number}</source>
        <translation>التعارض {number}</translation>
    </message>
    <message>
        <source>Conflict {number}: your text</source>
        <translation>التعارض {number}: نصك</translation>
    </message>
    <message>
        <source>Conflict {number}: the co-drafter&apos;s text</source>
        <translation>التعارض {number}: نص الشريك في الصياغة</translation>
    </message>
    <message>
        <source>Conflict {number}: your own wording</source>
        <extracomment>the box&apos;s widgets in the order Tab visits them.</extracomment>
        <translation>التعارض {number}: صياغتك الخاصة</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نصي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد نصه</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>الإبقاء على الاثنين</translation>
    </message>
    <message>
        <source>Write my own…</source>
        <translation>كتابة صياغتي الخاصة…</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نصك</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نصه</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>أُبقي على نصك</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>اعتُمد نصه</translation>
    </message>
    <message>
        <source>Kept both</source>
        <translation>أُبقي على الاثنين</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>صياغتك الخاصة</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Fingerprint on their card</source>
        <translation>البصمة المدوّنة على بطاقته</translation>
    </message>
    <message>
        <source>Contact fingerprint</source>
        <translation>بصمة جهة الاتصال</translation>
    </message>
    <message>
        <source>Compare fingerprints…</source>
        <translation>مقارنة البصمات…</translation>
    </message>
    <message>
        <source>Withdraw verification…</source>
        <translation>سحب التحقق…</translation>
    </message>
    <message>
        <source>NEW fingerprint on the card that just arrived</source>
        <translation>البصمة الجديدة على البطاقة التي وصلت للتو</translation>
    </message>
    <message>
        <source>New contact fingerprint</source>
        <translation>البصمة الجديدة لجهة الاتصال</translation>
    </message>
    <message>
        <source>New fingerprint matches: accept…</source>
        <translation>البصمة الجديدة مطابقة: قبول…</translation>
    </message>
    <message>
        <source>Keep the old keys</source>
        <translation>الإبقاء على المفاتيح القديمة</translation>
    </message>
    <message>
        <source>Choose a contact to see their fingerprint and verify it.</source>
        <translation>اختر جهة اتصال لعرض بصمتها والتحقق منها.</translation>
    </message>
    <message>
        <source>OLD fingerprint (the keys you had)</source>
        <translation>البصمة القديمة (المفاتيح التي كانت لديك)</translation>
    </message>
    <message>
        <source>⚠ Keys changed. A card with other keys arrived for this contact. Nothing is sealed to them until you compare the NEW fingerprint with them (in person or by voice) and accept it. If they did not change keys, keep the old ones.</source>
        <translation>⚠ تغيّرت المفاتيح. وصلت بطاقة بمفاتيح أخرى لجهة الاتصال هذه. لن يُختم لها شيء حتى تقارن البصمة الجديدة معها (وجهًا لوجه أو صوتيًا) وتقبلها. إن لم تغيّر مفاتيحها، فأبقِ على القديمة.</translation>
    </message>
    <message>
        <source>✓ Verified on {stamp}: you compared this fingerprint.</source>
        <translation>✓ تم التحقق في {stamp}: قارنتَ هذه البصمة.</translation>
    </message>
    <message>
        <source>⚠ Not verified. Compare this fingerprint with them (in person or by voice) before you trust packets from them or send them anything sensitive.</source>
        <translation>⚠ لم يتم التحقق. قارن هذه البصمة مع صاحبها (وجهًا لوجه أو صوتيًا) قبل أن تثق بحزمه أو ترسل إليه أي شيء حساس.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <extracomment>contacts were added or their state changed (payload: nothing).</extracomment>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>People whose keys you hold. A contact stays unverified until you compare fingerprints with them.</source>
        <translation>الأشخاص الذين تحتفظ بمفاتيحهم. تبقى جهة الاتصال غير موثَّقة حتى تقارن البصمات معها.</translation>
    </message>
    <message>
        <source>Import a card…</source>
        <translation>استيراد بطاقة…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fingerprint starts</source>
        <translation>بداية البصمة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <source>No contacts yet. Import the card of someone you work with (a file or pasted text), then compare fingerprints with them.</source>
        <translation>لا توجد جهات اتصال بعد. استورد بطاقة شخص تعمل معه (ملفًا أو نصًا ملصوقًا)، ثم قارن البصمات معه.</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>بطاقتك</translation>
    </message>
    <message>
        <source>Give this to the people you work with: as a file, as text, or as the QR code. They compare the fingerprint with you before trusting it.</source>
        <translation>أعطها للأشخاص الذين تعمل معهم: ملفًا أو نصًا أو رمز QR. يقارنون البصمة معك قبل أن يثقوا بها.</translation>
    </message>
    <message>
        <source>⚠ {name}&apos;s keys changed. Nothing will be sealed to them until you compare the new fingerprint with them and accept it.</source>
        <translation>⚠ تغيّرت مفاتيح {name}. لن يُختم له شيء حتى تقارن البصمة الجديدة معه وتقبلها.</translation>
    </message>
    <message>
        <source>{name} is a contact now, not verified yet. Compare fingerprints with them before you rely on it.</source>
        <translation>أصبح {name} جهة اتصال، ولم يتم التحقق منه بعد. قارن البصمات معه قبل أن تعتمد عليها.</translation>
    </message>
    <message>
        <source>{name} is verified.</source>
        <translation>تم التحقق من {name}.</translation>
    </message>
    <message>
        <source>Accept the new keys</source>
        <translation>قبول المفاتيح الجديدة</translation>
    </message>
    <message>
        <source>Did {name} read you the NEW fingerprint, digit for digit, in person or by a voice you recognise? Only then accept it.</source>
        <translation>هل قرأ لك {name} البصمة الجديدة رقمًا رقمًا، وجهًا لوجه أو بصوت تعرفه؟ لا تقبلها إلا عندئذ.</translation>
    </message>
    <message>
        <source>Not changed: {exc}.</source>
        <translation>لم يتغيّر شيء: {exc}.</translation>
    </message>
    <message>
        <source>{name}&apos;s new keys are accepted and verified.</source>
        <translation>قُبلت مفاتيح {name} الجديدة وتم التحقق منها.</translation>
    </message>
    <message>
        <source>{name} keeps the old keys; the new card was discarded.</source>
        <translation>يحتفظ {name} بالمفاتيح القديمة؛ وقد استُبعدت البطاقة الجديدة.</translation>
    </message>
    <message>
        <source>Withdraw verification</source>
        <translation>سحب التحقق</translation>
    </message>
    <message>
        <source>Mark {name} as not verified? Do this if you doubt the card is theirs; you can compare fingerprints again later.</source>
        <translation>هل تريد اعتبار {name} غير موثَّق؟ افعل ذلك إن شككت في أن البطاقة بطاقته؛ يمكنك مقارنة البصمات مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>{name} is no longer verified.</source>
        <translation>لم يعد {name} موثَّقًا.</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Delete “{name}” for good? It is removed from the vault with secure delete and cannot be brought back; backups made before still hold it.</source>
        <translation>حذف «{name}» نهائيًا؟ يُزال من الخزنة حذفًا آمنًا ولا يمكن استرجاعه، وتبقى النسخ الاحتياطية السابقة محتفظة به.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>لم يُحذف</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Details</source>
        <extracomment>The kinds of record that can carry a keep-until date (``app.retention``), by type.</extracomment>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>اختر سجلًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation>يُحذف بعد</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>القرب</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Shared only with</source>
        <translation>تُشارَك فقط مع</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ في</translation>
    </message>
    <message>
        <source>Round {round_no}</source>
        <translation>الجولة {round_no}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>DialogueDialog</name>
    <message>
        <source>Edit dialogue</source>
        <translation>تعديل الحوار</translation>
    </message>
    <message>
        <source>New dialogue</source>
        <translation>حوار جديد</translation>
    </message>
    <message>
        <source>e.g. Upper valley water dialogue</source>
        <translation>مثال: حوار مياه الوادي الأعلى</translation>
    </message>
    <message>
        <source>Who convenes it, the sides, the question it works on</source>
        <translation>من يدعو إليه، والأطراف، والمسألة التي يعالجها</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>DialoguePage</name>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>جولة جديدة</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>No rounds yet. Add the first round (a workshop or a meeting) with “New round”.</source>
        <translation>لا توجد جولات بعد. أضف الجولة الأولى (ورشة عمل أو اجتماعًا) عبر «جولة جديدة».</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <source>Notes on the whole dialogue</source>
        <translation>ملاحظات عن الحوار كله</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>ملاحظة عن {title}</translation>
    </message>
    <message>
        <source>Its rounds and all their notes go too. Its papers stay in the vault, no longer linked to it.</source>
        <translation>تُحذف معه جولاته وكل ملاحظاتها. أما أوراقه فتبقى في الخزنة غير مرتبطة به.</translation>
    </message>
</context>
<context>
    <name>DialoguesPage</name>
    <message>
        <source>Dialogues</source>
        <extracomment>open a dialogue (payload: its id). records changed; navigation should reload.</extracomment>
        <translation>الحوارات</translation>
    </message>
    <message>
        <source>Each dialogue is a process that runs over many rounds.</source>
        <translation>كل حوار مسار يمتد على جولات عديدة.</translation>
    </message>
    <message>
        <source>New dialogue</source>
        <translation>حوار جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>No dialogues yet. Create one for each process you facilitate; its rounds, participants&apos; notes and papers are kept with it.</source>
        <translation>لا توجد حوارات بعد. أنشئ حوارًا لكل مسار تيسّره؛ وتُحفظ معه جولاته وملاحظات المشاركين وأوراقه.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Comparison of two revisions</source>
        <translation>مقارنة بين مراجعتين</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Proposals written with a co-drafter: every saved version is kept, changes travel as sealed packets, and nothing the other side wrote is ever merged silently.</source>
        <translation>مقترحات تُكتب مع شريك في الصياغة: تُحفظ كل نسخة محفوظة، وتنتقل التعديلات في حزم مختومة، ولا يُدمج أي شيء كتبه الطرف الآخر دون علمك.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>مقترح جديد</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>No draft proposals yet. A proposal keeps every version of a text you write with a co-drafter from the other side.</source>
        <translation>لا توجد مسودات مقترحات بعد. يحتفظ المقترح بكل نسخة من نص تكتبه مع شريك في الصياغة من الطرف الآخر.</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>مسودات المقترحات</translation>
    </message>
    <message>
        <source>Status of the proposal</source>
        <translation>حالة المقترح</translation>
    </message>
    <message>
        <source>Send to co-drafter…</source>
        <translation>إرسال إلى الشريك في الصياغة…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Text of the current revision</source>
        <translation>نص المراجعة الحالية</translation>
    </message>
    <message>
        <source>What changed (e.g. &apos;Softened clause 3&apos;)</source>
        <translation>ما الذي تغيّر (مثال: «تليين البند 3»)</translation>
    </message>
    <message>
        <source>Revision message</source>
        <translation>رسالة المراجعة</translation>
    </message>
    <message>
        <source>Save as a new revision</source>
        <translation>حفظ كمراجعة جديدة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>سجل المراجعات</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>المقارنة من المراجعة</translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation>المقارنة مع المراجعة</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>النص الحالي</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>The text of “{title}” has changes not saved as a revision. Leave them and show the other proposal?</source>
        <translation>في نص «{title}» تعديلات لم تُحفظ كمراجعة. هل تتركها وتعرض المقترح الآخر؟</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>غير موثَّق</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>موثَّق</translation>
    </message>
    <message>
        <source>Co-drafter: {name} ({verified})</source>
        <translation>الشريك في الصياغة: {name} ({verified})</translation>
    </message>
    <message>
        <source>No co-drafter yet: choose one when you first send.</source>
        <translation>لا يوجد شريك في الصياغة بعد: اختر واحدًا عند أول إرسال.</translation>
    </message>
    <message>
        <source>{author} sent a revision that diverges from yours (“{message}”).</source>
        <translation>أرسل {author} مراجعة تتباعد عن مراجعتك («{message}»).</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) were changed by both of you.</source>
        <translation>
            <numerusform>لم يعدّل كلاكما أي موضع.</numerusform>
            <numerusform>عدّل كلاكما موضعًا واحدًا.</numerusform>
            <numerusform>عدّل كلاكما موضعين.</numerusform>
            <numerusform>عدّل كلاكما %n مواضع.</numerusform>
            <numerusform>عدّل كلاكما %n موضعًا.</numerusform>
            <numerusform>عدّل كلاكما %n موضع.</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes do not overlap.</source>
        <translation>التعديلات لا تتداخل.</translation>
    </message>
    <message>
        <source>This is the text you were typing when the vault locked ({when}); it is not saved as a revision yet.</source>
        <translation>هذا هو النص الذي كنت تكتبه عندما أُقفلت الخزنة ({when})؛ لم يُحفظ كمراجعة بعد.</translation>
    </message>
    <message>
        <source>A newer revision has arrived since: compare with it before you save.</source>
        <translation>وصلت منذ ذلك الحين مراجعة أحدث: قارن بها قبل أن تحفظ.</translation>
    </message>
    <message>
        <source>Save the text as a revision first: the PDF holds saved revisions only.</source>
        <translation>احفظ النص كنسخة أولًا: لا يضم ملف PDF إلا النسخ المحفوظة.</translation>
    </message>
    <message>
        <source>Every saved revision goes with it, and any text not saved as a revision. Your co-drafter keeps their copy; if they send the whole history again, it comes back.</source>
        <translation>تُحذف معه كل النسخ المحفوظة، وأي نص لم يُحفظ كنسخة. يحتفظ شريكك في الصياغة بنسخته؛ وإن أرسل السجل كله من جديد، يعود المقترح.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>Where should the packet go?</source>
        <translation>إلى أين تذهب الحزمة؟</translation>
    </message>
    <message>
        <source> — sending…</source>
        <translation> — جارٍ الإرسال…</translation>
    </message>
    <message>
        <source> — sent</source>
        <translation> — أُرسلت</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Quietroom, type this passphrase instead of yours: it destroys this vault for good, with no undo, and opens an empty vault with your name, which from then on looks like an ordinary one. Keep a backup somewhere safe. Setting it again replaces the previous one; the vault&apos;s files do not show whether one is set.</source>
        <translation>إذا أجبرك أحد على فتح Quietroom، فاكتب هذه العبارة بدلًا من عبارتك: إنها تُتلف هذه الخزنة نهائيًا دون رجعة، وتفتح خزنة فارغة باسمك تبدو منذ ذلك الحين خزنة عادية. احتفظ بنسخة احتياطية في مكان آمن. تعيينها من جديد يستبدل السابقة، ولا تكشف ملفات الخزنة ما إذا كانت قد عُيّنت.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>عبارة مرور الإكراه مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <extracomment>a packet&apos;s item was imported (payload: app.inbox.Imported). a contact was added from the inbox (payload: ContactView).</extracomment>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Packets travel as files through a folder you sync with the others (Syncthing, a network share, a USB stick). Nothing is imported until you accept it.</source>
        <translation>تنتقل الحزم ملفاتٍ عبر مجلد تزامنه مع الآخرين (Syncthing أو مشاركة شبكية أو ذاكرة USB). لا يُستورد شيء حتى تقبله.</translation>
    </message>
    <message>
        <source>Exchange folder:</source>
        <translation>مجلد التبادل:</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>مجلد التبادل</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>اختيار المجلد…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>الصادر</translation>
    </message>
    <message>
        <source>Who has seen what</source>
        <translation>من اطّلع على ماذا</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>اختيار مجلد التبادل</translation>
    </message>
    <message>
        <source>The folder was not changed: {exc}.</source>
        <translation>لم يتغيّر المجلد: {exc}.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New working group</source>
        <translation>فريق عمل جديد</translation>
    </message>
    <message>
        <source>Members of the working group</source>
        <translation>أعضاء فريق العمل</translation>
    </message>
    <message>
        <source>e.g. Water annex drafting group</source>
        <translation>مثال: فريق صياغة ملحق المياه</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Who is in the group decides who may receive the papers kept for it: someone added here can be sent them from now on.</source>
        <translation>أعضاء الفريق هم من يحق لهم تلقي الأوراق المخصصة له: من تضيفه هنا يمكن أن تُرسل إليه من الآن فصاعدًا.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>فرق العمل</translation>
    </message>
    <message>
        <source>Papers are shared with a working group&apos;s members as sealed packets.</source>
        <translation>تُشارك الأوراق مع أعضاء فريق العمل في حزم مختومة.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>الأعضاء…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>فريق جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>No working groups yet. A group names the few people who receive a paper.</source>
        <translation>لا توجد فرق عمل بعد. يحدّد الفريق الأشخاص القلائل الذين يتلقّون ورقة ما.</translation>
    </message>
    <message>
        <source>Its members stay in People. A paper that may be shared with this group and others stays restricted to the others.</source>
        <translation>يبقى أعضاؤه في قائمة الأشخاص. والورقة التي يجوز مشاركتها مع هذا الفريق ومع فرق أخرى تبقى مقصورة على الفرق الأخرى.</translation>
    </message>
</context>
<context>
    <name>ImportCardDialog</name>
    <message>
        <source>Import a contact card</source>
        <translation>استيراد بطاقة جهة اتصال</translation>
    </message>
    <message>
        <source>Import card</source>
        <translation>استيراد البطاقة</translation>
    </message>
    <message>
        <source>Paste the card text someone sent you, or open their card file. The contact stays unverified until you compare fingerprints with them.</source>
        <translation>الصق نص البطاقة التي أُرسلت إليك، أو افتح ملف البطاقة. تبقى جهة الاتصال غير موثَّقة حتى تقارن البصمات معها.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>نص البطاقة</translation>
    </message>
    <message>
        <source>Open a card file…</source>
        <translation>فتح ملف بطاقة…</translation>
    </message>
    <message>
        <source>Open a contact card</source>
        <translation>فتح بطاقة جهة اتصال</translation>
    </message>
    <message>
        <source>Contact cards (*.qrcard *.txt);;All files (*)</source>
        <translation>بطاقات جهات الاتصال (*.qrcard *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Card file: {name}</source>
        <translation>ملف البطاقة: {name}</translation>
    </message>
    <message>
        <source>paste a card or open a card file first</source>
        <translation>الصق بطاقة أو افتح ملف بطاقة أولًا</translation>
    </message>
</context>
<context>
    <name>Import_dialog</name>
    <message>
        <source>cannot read &apos;{name}&apos;: {strerror}</source>
        <translation>تعذّرت قراءة «{name}»: {strerror}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to be a contact card</source>
        <translation>الملف «{name}» أكبر من أن يكون بطاقة جهة اتصال</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>⚠ Unknown sender</source>
        <translation>⚠ مُرسِل مجهول</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ موثَّق</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ غير موثَّق</translation>
    </message>
    <message>
        <source>“{name}” (says)</source>
        <translation>«{name}» (بحسب الحزمة)</translation>
    </message>
    <message>
        <source>{kind}: {title}{size}</source>
        <translation>{kind}: {title}{size}</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Check the folder</source>
        <extracomment>a packet&apos;s item was stored (payload: app.inbox.Imported). a contact was added while accepting a packet (payload: ContactView). files changed more recently than this are still being written by the sync tool</extracomment>
        <translation>فحص المجلد</translation>
    </message>
    <message>
        <source>Open a packet…</source>
        <translation>فتح حزمة…</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>قبول…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المُرسِل</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>خُتمت في</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>No exchange folder yet. Choose the folder you sync with the others above, or open a packet file by hand.</source>
        <translation>لا يوجد مجلد تبادل بعد. اختر أعلاه المجلد الذي تزامنه مع الآخرين، أو افتح ملف حزمة يدويًا.</translation>
    </message>
    <message>
        <source>Nothing for you in the exchange folder yet. Packets appear here when the sync tool brings them; you can also open a packet file by hand.</source>
        <translation>لا شيء لك في مجلد التبادل بعد. تظهر الحزم هنا حين تجلبها أداة المزامنة؛ ويمكنك أيضًا فتح ملف حزمة يدويًا.</translation>
    </message>
    <message>
        <source>Checking the exchange folder…</source>
        <translation>جارٍ فحص مجلد التبادل…</translation>
    </message>
    <message numerus="yes">
        <source>%n packet for you</source>
        <translation>
            <numerusform>لا حزم لك</numerusform>
            <numerusform>حزمة واحدة لك</numerusform>
            <numerusform>حزمتان لك</numerusform>
            <numerusform>%n حزم لك</numerusform>
            <numerusform>%n حزمة لك</numerusform>
            <numerusform>%n حزمة لك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packets for you</source>
        <translation>
            <numerusform>لا حزم لك</numerusform>
            <numerusform>حزمة واحدة لك</numerusform>
            <numerusform>حزمتان لك</numerusform>
            <numerusform>%n حزم لك</numerusform>
            <numerusform>%n حزمة لك</numerusform>
            <numerusform>%n حزمة لك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed to others (left alone)</source>
        <translation>
            <numerusform>لا شيء موجّه إلى آخرين</numerusform>
            <numerusform>واحدة موجّهة إلى آخرين (تُركت)</numerusform>
            <numerusform>اثنتان موجّهتان إلى آخرين (تُركتا)</numerusform>
            <numerusform>%n موجّهة إلى آخرين (تُركت)</numerusform>
            <numerusform>%n موجّهة إلى آخرين (تُركت)</numerusform>
            <numerusform>%n موجّهة إلى آخرين (تُركت)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked the folder: </source>
        <translation>تم فحص المجلد: </translation>
    </message>
    <message>
        <source>Open a packet</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <source>Quietroom packets (*.qrp);;All files (*)</source>
        <translation>حزم Quietroom (*.qrp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ فحص {name}…</translation>
    </message>
    <message>
        <source>“{file_name}” is not addressed to you.</source>
        <translation>الحزمة «{file_name}» ليست موجّهة إليك.</translation>
    </message>
    <message>
        <source>“{file_name}” is a packet you sealed yourself.</source>
        <translation>الحزمة «{file_name}» ختمتَها بنفسك.</translation>
    </message>
    <message>
        <source>“{file_name}” was refused: {message}.</source>
        <translation>رُفضت الحزمة «{file_name}»: {message}.</translation>
    </message>
    <message>
        <source>Opened “{file_name}”. Accept it to import it.</source>
        <translation>فُتحت «{file_name}». اقبلها لاستيرادها.</translation>
    </message>
    <message numerus="yes">
        <source>%n person not among your contacts</source>
        <translation>
            <numerusform>لا أحد من خارج جهات اتصالك</numerusform>
            <numerusform>شخص واحد ليس من جهات اتصالك</numerusform>
            <numerusform>شخصان ليسا من جهات اتصالك</numerusform>
            <numerusform>%n أشخاص ليسوا من جهات اتصالك</numerusform>
            <numerusform>%n شخصًا ليسوا من جهات اتصالك</numerusform>
            <numerusform>%n شخص ليسوا من جهات اتصالك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people not among your contacts</source>
        <translation>
            <numerusform>لا أحد من خارج جهات اتصالك</numerusform>
            <numerusform>شخص واحد ليس من جهات اتصالك</numerusform>
            <numerusform>شخصان ليسا من جهات اتصالك</numerusform>
            <numerusform>%n أشخاص ليسوا من جهات اتصالك</numerusform>
            <numerusform>%n شخصًا ليسوا من جهات اتصالك</numerusform>
            <numerusform>%n شخص ليسوا من جهات اتصالك</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>لا أحد غيرك</translation>
    </message>
    <message>
        <source>Sent by someone who is not among your contacts (the packet says “{name}”; fingerprint {digits}). Accepting asks for their card first.</source>
        <translation>أرسلها شخص ليس من جهات اتصالك (تقول الحزمة إنه «{name}»؛ البصمة {digits}). يتطلّب القبول بطاقته أولًا.</translation>
    </message>
    <message>
        <source>Sent by {name} (verified).</source>
        <translation>أرسلها {name} (موثَّق).</translation>
    </message>
    <message>
        <source>Sent by {name}, whose fingerprint you have not compared yet.</source>
        <translation>أرسلها {name}، ولم تقارن بصمته بعد.</translation>
    </message>
    <message>
        <source>{who} Also sealed for: {to}. File: {file_name}.</source>
        <translation>{who} خُتمت أيضًا لـ: {to}. الملف: {file_name}.</translation>
    </message>
    <message>
        <source>Not declined: {exc}.</source>
        <translation>لم تُرفض: {exc}.</translation>
    </message>
    <message>
        <source>Declined “{file_name}”: nothing was imported. You can still accept it later.</source>
        <translation>رُفضت «{file_name}»: لم يُستورد شيء. ما زال بإمكانك قبولها لاحقًا.</translation>
    </message>
    <message>
        <source>Sender not verified</source>
        <translation>المُرسِل غير موثَّق</translation>
    </message>
    <message>
        <source>You have not compared {name}&apos;s fingerprint yet, so you cannot be sure this packet is from them. Import it anyway?</source>
        <translation>لم تقارن بصمة {name} بعد، فلا يمكنك التأكد من أن هذه الحزمة منه. هل تريد استيرادها رغم ذلك؟</translation>
    </message>
    <message>
        <source>This packet comes from someone who is not among your contacts. It says it is from “{name}”. Import their card first (ask them for it by another route); it must carry this fingerprint:

</source>
        <translation>هذه الحزمة من شخص ليس من جهات اتصالك. تقول إنها من «{name}». استورد بطاقته أولًا (اطلبها منه بطريق آخر)؛ ويجب أن تحمل هذه البصمة:

</translation>
    </message>
    <message>
        <source>Import the sender&apos;s card first</source>
        <translation>استورد بطاقة المُرسِل أولًا</translation>
    </message>
    <message>
        <source>Not imported: the sender&apos;s card is needed first.</source>
        <translation>لم تُستورد: يلزم أولًا الحصول على بطاقة المُرسِل.</translation>
    </message>
    <message>
        <source>Checking the packet against the card…</source>
        <translation>جارٍ فحص الحزمة مقابل البطاقة…</translation>
    </message>
    <message>
        <source>The card you imported belongs to {name}, not to the sender of this packet. The packet was not imported.</source>
        <translation>البطاقة التي استوردتها تخص {name}، لا مُرسِل هذه الحزمة. لم تُستورد الحزمة.</translation>
    </message>
    <message>
        <source>Importing “{title}”…</source>
        <translation>جارٍ استيراد «{title}»…</translation>
    </message>
    <message>
        <source>“{title}” was already in the vault; nothing changed.</source>
        <translation>«{title}» موجود في الخزنة من قبل؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Imported {kind} “{title}” from {name}.</source>
        <translation>استُورد {kind} «{title}» من {name}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Not done: {error}.</source>
        <translation>لم يتم: {error}.</translation>
    </message>
</context>
<context>
    <name>Incoming</name>
    <message>
        <source>cannot read the exchange folder: {strerror}</source>
        <extracomment>(file name, size, mtime in ns): a file counts as new when any of them changes</extracomment>
        <translation>تعذّرت قراءة مجلد التبادل: {strerror}</translation>
    </message>
    <message>
        <source>addressed to others</source>
        <translation>موجّهة إلى آخرين</translation>
    </message>
    <message>
        <source>sealed by you</source>
        <translation>ختمتَها أنت</translation>
    </message>
    <message>
        <source>still arriving</source>
        <translation>ما زالت تصل</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>an unexpected error stopped the task ({name} at {where})</source>
        <extracomment>(done, total): progress of the work in its own units (bytes, records). the callable&apos;s return value. an AppError (a user-facing message); unexpected errors are wrapped into one. emitted last, whatever happened.</extracomment>
        <translation>أوقف خطأ غير متوقع المهمة ({name} في {where})</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>KeepUntilField</name>
    <message>
        <source>Delete after</source>
        <translation>الحذف بعد</translation>
    </message>
    <message>
        <source>After this day the record is purged from the vault (with secure delete) the next time the vault is unlocked.</source>
        <translation>بعد هذا اليوم يُحذف السجل من الخزنة (حذفًا آمنًا) عند فتح الخزنة في المرة التالية.</translation>
    </message>
    <message>
        <source>Last day the record is kept</source>
        <translation>آخر يوم يُحفظ فيه السجل</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Verified</source>
        <translation>موثَّق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>غير موثَّق</translation>
    </message>
    <message>
        <source>⚠ Keys changed</source>
        <translation>⚠ تغيّرت المفاتيح</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Conflict management</source>
        <translation>إدارة النزاع</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>حل النزاع</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>تحويل النزاع</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>أُبقي على نصك</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>اعتُمد نصه</translation>
    </message>
    <message>
        <source>Kept both</source>
        <translation>أُبقي على الاثنين</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>مُعمَّم</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ورقة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>إقرار بالاستلام</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مُستورَد</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>ما زال يصل</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مردود</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Key (fingerprint starts)</source>
        <translation>المفتاح (بداية البصمة)</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>خُتمت في</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>أُقرّ باستلامه</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عامة</translation>
    </message>
    <message>
        <source>Process observation</source>
        <translation>ملاحظة على سير العملية</translation>
    </message>
    <message>
        <source>Content observation</source>
        <translation>ملاحظة على المضمون</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>Agreed point</source>
        <translation>نقطة متفق عليها</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>مسألة مفتوحة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>Track 1 (official)</source>
        <translation>المسار 1 (رسمي)</translation>
    </message>
    <message>
        <source>Track 1.5 (officials, unofficial capacity)</source>
        <translation>المسار 1.5 (مسؤولون بصفة غير رسمية)</translation>
    </message>
    <message>
        <source>Track 2 (unofficial, close to power)</source>
        <translation>المسار 2 (غير رسمي، قريب من السلطة)</translation>
    </message>
    <message>
        <source>Track 3 (civil society, grassroots)</source>
        <translation>المسار 3 (المجتمع المدني والقاعدة الشعبية)</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>يجوز ذكر اسمه</translation>
    </message>
    <message>
        <source>Chatham House (use what was said, not who)</source>
        <translation>قاعدة تشاتام هاوس (يُستخدم ما قيل، لا من قاله)</translation>
    </message>
    <message>
        <source>Off the record (nothing leaves the vault)</source>
        <translation>غير قابل للنشر (لا يخرج شيء من الخزنة)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Distribution ledger</source>
        <translation>سجل التوزيع</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Paper or proposal version</source>
        <translation>ورقة أو نسخة مقترح</translation>
    </message>
    <message>
        <source>Recipients and acknowledgements</source>
        <translation>المستلمون والإقرارات بالاستلام</translation>
    </message>
    <message>
        <source>Who has seen</source>
        <translation>من اطّلع</translation>
    </message>
    <message>
        <source>Paper: {title}</source>
        <translation>ورقة: {title}</translation>
    </message>
    <message>
        <source>{title}, version {generation} ({uid})</source>
        <translation>{title}، النسخة {generation} ({uid})</translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>لم يُشارَك شيء بعد.</translation>
    </message>
    <message>
        <source> (an old key)</source>
        <translation> (مفتاح قديم)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n contact(s);</source>
        <translation>
            <numerusform>لم يُرسل إلى أي جهة اتصال؛</numerusform>
            <numerusform>أُرسل إلى جهة اتصال واحدة؛</numerusform>
            <numerusform>أُرسل إلى جهتي اتصال؛</numerusform>
            <numerusform>أُرسل إلى %n جهات اتصال؛</numerusform>
            <numerusform>أُرسل إلى %n جهة اتصال؛</numerusform>
            <numerusform>أُرسل إلى %n جهة اتصال؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{acked} of %n deliveries acknowledged.</source>
        <translation>
            <numerusform>أُقرّ باستلام {acked} من أصل %n.</numerusform>
            <numerusform>أُقرّ باستلام {acked} من أصل تسليم واحد.</numerusform>
            <numerusform>أُقرّ باستلام {acked} من أصل تسليمين.</numerusform>
            <numerusform>أُقرّ باستلام {acked} من أصل %n تسليمات.</numerusform>
            <numerusform>أُقرّ باستلام {acked} من أصل %n تسليمًا.</numerusform>
            <numerusform>أُقرّ باستلام {acked} من أصل %n تسليم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to anyone yet.</source>
        <translation>لم يُرسل إلى أحد بعد.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Quietroom — demo vault</source>
        <translation>Quietroom — خزنة تجريبية</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge the co-drafter&apos;s revision</source>
        <extracomment>boxes built with the dialog, and how long later turns may spend building more.</extracomment>
        <translation>دمج مراجعة الشريك في الصياغة</translation>
    </message>
    <message>
        <source>{author} changed the text while you did.</source>
        <translation>عدّل {author} النص في الوقت نفسه الذي عدّلته فيه.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) that do not overlap are merged already.</source>
        <translation>
            <numerusform>لا تعديلات غير متداخلة لدمجها.</numerusform>
            <numerusform>دُمج بالفعل تعديل واحد لا يتداخل.</numerusform>
            <numerusform>دُمج بالفعل تعديلان لا يتداخلان.</numerusform>
            <numerusform>دُمجت بالفعل %n تعديلات لا تتداخل.</numerusform>
            <numerusform>دُمج بالفعل %n تعديلًا لا تتداخل.</numerusform>
            <numerusform>دُمج بالفعل %n تعديل لا تتداخل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) were changed by both of you: decide each one.</source>
        <translation>
            <numerusform>لم يعدّل كلاكما أي موضع.</numerusform>
            <numerusform>عدّل كلاكما موضعًا واحدًا: احسمه.</numerusform>
            <numerusform>عدّل كلاكما موضعين: احسم كلًّا منهما.</numerusform>
            <numerusform>عدّل كلاكما %n مواضع: احسم كلًّا منها.</numerusform>
            <numerusform>عدّل كلاكما %n موضعًا: احسم كلًّا منها.</numerusform>
            <numerusform>عدّل كلاكما %n موضع: احسم كلًّا منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overlaps.</source>
        <translation>لا شيء متداخل.</translation>
    </message>
    <message>
        <source>Merge {author_name}&apos;s revision</source>
        <translation>دمج مراجعة {author_name}</translation>
    </message>
    <message>
        <source>Merge message</source>
        <translation>رسالة الدمج</translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation>حفظ الدمج</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message numerus="yes">
        <source>{resolved} of %n conflict(s) resolved</source>
        <translation>
            <numerusform>حُسم {resolved} من أصل %n تعارض</numerusform>
            <numerusform>حُسم {resolved} من أصل تعارض واحد</numerusform>
            <numerusform>حُسم {resolved} من أصل تعارضين</numerusform>
            <numerusform>حُسم {resolved} من أصل %n تعارضات</numerusform>
            <numerusform>حُسم {resolved} من أصل %n تعارضًا</numerusform>
            <numerusform>حُسم {resolved} من أصل %n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save</source>
        <translation>جاهز للحفظ</translation>
    </message>
    <message>
        <source>Not saved: {exc}.</source>
        <translation>لم يُحفظ: {exc}.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&apos;{folder}&apos; is not empty; choose a new folder for the vault</source>
        <translation>المجلد «{folder}» ليس فارغًا؛ اختر مجلدًا جديدًا للخزنة</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is not empty; restore into a new folder</source>
        <translation>المجلد «{folder}» ليس فارغًا؛ استعِد النسخة الاحتياطية إلى مجلد جديد</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists</source>
        <translation>«{name}» موجود مسبقًا</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists; choose another name</source>
        <translation>«{name}» موجود مسبقًا؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was replaced, but the system could not confirm it is safely on disk ({reason}); check the disk before relying on it</source>
        <translation>استُبدل «{name}»، لكن النظام لم يتمكن من تأكيد حفظه على القرص بأمان ({reason})؛ افحص القرص قبل الاعتماد عليه</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give the backup&apos;s file name</source>
        <translation>«{path}» مجلد؛ أدخل اسم ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a folder</source>
        <translation>«{path}» ليس مجلدًا</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a record number</source>
        <translation>«{ref}» ليس رقم سجل</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names more than one revision; give more digits</source>
        <translation>«{ref}» يطابق أكثر من مراجعة واحدة؛ أدخل مزيدًا من الخانات</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(لم يُسجَّل أحد)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>الكلمة المفردة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>أضف كلمة أو كلمتين. الكلمات غير الشائعة أفضل.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>الكتابة بالأحرف الكبيرة كلها سهلة التخمين تقريبًا كالكتابة بالأحرف الصغيرة كلها.</translation>
    </message>
    <message>
        <source>Argon2id memory cost out of range</source>
        <translation>كلفة الذاكرة في Argon2id خارج النطاق المسموح</translation>
    </message>
    <message>
        <source>Argon2id time cost out of range</source>
        <translation>كلفة الوقت في Argon2id خارج النطاق المسموح</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>تجنّب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>تجنّب السنوات الأخيرة.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>تجنّب تكرار الكلمات والأحرف.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>تجنّب التسلسلات.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>تجنّب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — not for circulation</source>
        <translation>سري — لا يُعمَّم</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — not for circulation — non-attributable</source>
        <translation>سري — لا يُعمَّم — غير قابل للإسناد</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>استخدام الأحرف الكبيرة لا يفيد كثيرًا.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>الأسماء الشخصية وأسماء العائلات الشائعة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Copy for: {recipient} — {day}</source>
        <translation>نسخة لـ: {recipient} — {day}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>التواريخ سهلة التخمين في الغالب.</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>الجهاز أو المورد مشغول</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>تم تجاوز الحصة المسموح بها على القرص</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>الملف موجود مسبقًا</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>اسم الملف طويل جدًا</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>خطأ في الإدخال/الإخراج</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>الأسماء الشخصية وأسماء العائلات وحدها سهلة التخمين.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>لا حاجة إلى رموز أو أرقام أو أحرف كبيرة.</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>لم تبقَ مساحة على القرص</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>الجهاز غير موجود</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>الجهاز أو العنوان غير موجود</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ليس مجلدًا</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
        <source>Participant {letters}</source>
        <translation>المشارك {letters}</translation>
    </message>
    <message>
        <source>Participant {letters}, Side {side}</source>
        <translation>المشارك {letters}، الطرف {side}</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>المشاركون:</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>الاستبدالات المتوقَّعة مثل «@» بدلًا من «a» لا تفيد كثيرًا.</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>نظام الملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>السنوات الأخيرة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>التكرارات مثل «aaa» سهلة التخمين.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>التكرارات مثل «abcabcabc» أصعب تخمينًا من «abc» بقليل فقط.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>الكلمات المعكوسة ليست أصعب تخمينًا بكثير.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>التسلسلات مثل «abc» أو «6543» سهلة التخمين.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>أنماط لوحة المفاتيح القصيرة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>صفوف المفاتيح المتتالية سهلة التخمين.</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>هذه من أكثر 10 كلمات مرور شيوعًا.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>هذه من أكثر 100 كلمة مرور شيوعًا.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>هذه كلمة مرور شائعة جدًا.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>هذه تشبه كلمة مرور شائعة الاستخدام.</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>عدد الملفات المفتوحة كبير جدًا</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>اكتب عبارة مرور.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>استخدم بضع كلمات، وتجنّب العبارات الشائعة.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>استخدم نمطًا أطول على لوحة المفاتيح فيه انعطافات أكثر.</translation>
    </message>
    <message>
        <source>Use at least {min_length} characters; several unrelated words work well.</source>
        <translation>استخدم {min_length} حرفًا على الأقل؛ وتفي بالغرض عدة كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كُتبت في</translation>
    </message>
    <message>
        <source>a card name has 1 to {limit} bytes</source>
        <translation>يتكوّن اسم البطاقة من 1 إلى {limit} بايت</translation>
    </message>
    <message>
        <source>a card&apos;s creation time must be a Unix time from 1970 on</source>
        <translation>يجب أن يكون وقت إنشاء البطاقة وقتَ Unix من عام 1970 فصاعدًا</translation>
    </message>
    <message>
        <source>a chunk</source>
        <translation>أحد المقاطع</translation>
    </message>
    <message>
        <source>a chunk carries an unknown tag</source>
        <translation>أحد المقاطع يحمل وسمًا مجهولًا</translation>
    </message>
    <message>
        <source>a chunk failed authentication (bytes were changed)</source>
        <translation>فشل التحقق من سلامة أحد المقاطع (غُيّرت بايتات فيه)</translation>
    </message>
    <message>
        <source>a chunk has an impossible length</source>
        <translation>طول أحد المقاطع مستحيل</translation>
    </message>
    <message>
        <source>a code name cannot be the real name of someone here</source>
        <translation>لا يجوز أن يكون الاسم الرمزي هو الاسم الحقيقي لأحد الموجودين هنا</translation>
    </message>
    <message>
        <source>a code name cannot contain a link</source>
        <translation>لا يجوز أن يحتوي الاسم الرمزي على رابط</translation>
    </message>
    <message>
        <source>a code name has at most {limit} characters</source>
        <translation>يجب ألا يزيد عدد أحرف الاسم الرمزي على {limit}</translation>
    </message>
    <message>
        <source>a contact already holds one of this card&apos;s keys but not the other; the keys changed: compare fingerprints before trusting it</source>
        <translation>لدى إحدى جهات الاتصال أحد مفتاحَي هذه البطاقة دون الآخر؛ لقد تغيّرت المفاتيح: قارن البصمات قبل أن تثق بها</translation>
    </message>
    <message>
        <source>a custom resolution needs its text</source>
        <translation>الحسم بصياغة خاصة يتطلب نصها</translation>
    </message>
    <message>
        <source>a database key must be 32 bytes</source>
        <translation>يجب أن يكون مفتاح قاعدة البيانات 32 بايت</translation>
    </message>
    <message>
        <source>a draft revision in this packet does not match its uid (altered)</source>
        <translation>إحدى مراجعات المسودة في هذه الحزمة لا تطابق معرّفها (عُدّلت)</translation>
    </message>
    <message>
        <source>a keep-until date is written YYYY-MM-DD</source>
        <translation>يُكتب تاريخ انتهاء الاحتفاظ بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a key change is accepted or rejected</source>
        <translation>تغيير المفاتيح إما أن يُقبل أو يُرفض</translation>
    </message>
    <message>
        <source>a master key must be 32 bytes</source>
        <translation>يجب أن يكون المفتاح الرئيسي 32 بايت</translation>
    </message>
    <message>
        <source>a master key must be {size} bytes</source>
        <translation>يجب أن يكون المفتاح الرئيسي {size} بايت</translation>
    </message>
    <message>
        <source>a nonce must be {size} bytes</source>
        <translation>يجب أن تكون قيمة nonce بطول {size} بايت</translation>
    </message>
    <message>
        <source>a packet goes &apos;in&apos; or &apos;out&apos;</source>
        <translation>اتجاه الحزمة إما «in» أو «out»</translation>
    </message>
    <message>
        <source>a packet has 1 to {limit} recipients</source>
        <translation>عدد مستلمي الحزمة من 1 إلى {limit}</translation>
    </message>
    <message>
        <source>a page failed its integrity check (bytes were changed)</source>
        <translation>فشلت إحدى الصفحات في فحص السلامة (غُيّرت بايتات فيها)</translation>
    </message>
    <message>
        <source>a paper&apos;s content is removed outside a transaction</source>
        <translation>يُزال محتوى الورقة خارج أي معاملة</translation>
    </message>
    <message>
        <source>a public key must be 32 bytes</source>
        <translation>يجب أن يكون المفتاح العام 32 بايت</translation>
    </message>
    <message>
        <source>a recovery key has {length} letters and digits</source>
        <translation>يتكوّن مفتاح الاسترداد من {length} من الأحرف والأرقام</translation>
    </message>
    <message>
        <source>a recovery secret must be 20 bytes</source>
        <translation>يجب أن يكون سر الاسترداد 20 بايت</translation>
    </message>
    <message>
        <source>a revision has at most two parents</source>
        <translation>للمراجعة أصلان على الأكثر</translation>
    </message>
    <message>
        <source>a secret key must be 32 bytes</source>
        <translation>يجب أن يكون المفتاح السري 32 بايت</translation>
    </message>
    <message>
        <source>a subkey label must be 1 to 16 bytes, none of them zero</source>
        <translation>يجب أن تتكوّن تسمية المفتاح الفرعي من 1 إلى 16 بايت، لا يساوي أيٌّ منها صفرًا</translation>
    </message>
    <message>
        <source>a vault needs a display name for its contact card</source>
        <translation>تحتاج الخزنة إلى اسم معروض لبطاقة جهة الاتصال الخاصة بها</translation>
    </message>
    <message>
        <source>add more unrelated words</source>
        <translation>أضف مزيدًا من الكلمات التي لا رابط بينها</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>agreed point</source>
        <translation>نقطة متفق عليها</translation>
    </message>
    <message>
        <source>an Argon2id salt must be {size} bytes</source>
        <translation>يجب أن يكون ملح Argon2id بطول {size} بايت</translation>
    </message>
    <message>
        <source>an encryption key must be {size} bytes</source>
        <translation>يجب أن يكون مفتاح التشفير {size} بايت</translation>
    </message>
    <message>
        <source>another change kept the vault busy for too long; this one was not saved</source>
        <translation>أبقى تغيير آخر الخزنة مشغولة مدة طويلة جدًا؛ لم يُحفظ هذا التغيير</translation>
    </message>
    <message>
        <source>another person already has this code name</source>
        <translation>هذا الاسم الرمزي لشخص آخر بالفعل</translation>
    </message>
    <message>
        <source>attributable must be true or false</source>
        <translation>يجب أن تكون قيمة attributable إما true أو false</translation>
    </message>
    <message>
        <source>author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>author key</source>
        <translation>مفتاح الكاتب</translation>
    </message>
    <message>
        <source>author name</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>bytes were appended after its end</source>
        <translation>أُضيفت بايتات بعد نهايته</translation>
    </message>
    <message>
        <source>cannot read &apos;{name}&apos;: {reason}</source>
        <translation>تعذّرت قراءة «{name}»: {reason}</translation>
    </message>
    <message>
        <source>cannot read the exchange folder: {reason}</source>
        <translation>تعذّرت قراءة مجلد التبادل: {reason}</translation>
    </message>
    <message>
        <source>cannot read the unlock guard: {reason}</source>
        <translation>تعذّرت قراءة عدّاد محاولات الفتح: {reason}</translation>
    </message>
    <message>
        <source>cannot write &apos;{name}&apos;: {reason}</source>
        <translation>تعذّرت كتابة «{name}»: {reason}</translation>
    </message>
    <message>
        <source>cannot write the QR code image: {reason}</source>
        <translation>تعذّرت كتابة صورة رمز QR: {reason}</translation>
    </message>
    <message>
        <source>cannot write the card: {reason}</source>
        <translation>تعذّرت كتابة البطاقة: {reason}</translation>
    </message>
    <message>
        <source>cannot write the packet: {reason}</source>
        <translation>تعذّرت كتابة الحزمة: {reason}</translation>
    </message>
    <message>
        <source>choose at least one recipient who has a contact card</source>
        <translation>اختر مستلمًا واحدًا على الأقل لديه بطاقة جهة اتصال</translation>
    </message>
    <message>
        <source>choose between 1 and {limit} attempts</source>
        <translation>اختر عدد محاولات بين 1 و{limit}</translation>
    </message>
    <message>
        <source>choose the co-drafter to send to (a contact)</source>
        <translation>اختر الشريك في الصياغة الذي ستُرسل إليه (جهة اتصال)</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>مُعمَّم</translation>
    </message>
    <message>
        <source>content observation</source>
        <translation>ملاحظة على المضمون</translation>
    </message>
    <message>
        <source>could not convert &apos;{name}&apos;: {reason}</source>
        <translation>تعذّر تحويل «{name}»: {reason}</translation>
    </message>
    <message>
        <source>could not read &apos;{name}&apos;: {reason}</source>
        <translation>تعذّرت قراءة «{name}»: {reason}</translation>
    </message>
    <message>
        <source>could not read the key-slot file: {reason}</source>
        <translation>تعذّرت قراءة ملف خانات المفاتيح: {reason}</translation>
    </message>
    <message>
        <source>could not write &apos;{name}&apos;: {reason}</source>
        <translation>تعذّرت كتابة «{name}»: {reason}</translation>
    </message>
    <message>
        <source>could not write the restored vault: {reason}</source>
        <translation>تعذّرت كتابة الخزنة المستعادة: {reason}</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>حوار</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>every key slot is in use</source>
        <translation>كل خانات المفاتيح مستخدمة</translation>
    </message>
    <message>
        <source>export a proposal, a revision, a note or a session</source>
        <translation>صدِّر مقترحًا أو مراجعة أو ملاحظة أو جولة</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>general</source>
        <translation>عامة</translation>
    </message>
    <message>
        <source>head</source>
        <translation>المراجعة الأحدث</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>it belongs to another vault</source>
        <translation>إنه يخص خزنة أخرى</translation>
    </message>
    <message>
        <source>it holds less data than its manifest says</source>
        <translation>يحوي بيانات أقل مما يذكره بيان محتوياته</translation>
    </message>
    <message>
        <source>it holds more data than its manifest says</source>
        <translation>يحوي بيانات أكثر مما يذكره بيان محتوياته</translation>
    </message>
    <message>
        <source>it is missing from the vault folder</source>
        <translation>إنه مفقود من مجلد الخزنة</translation>
    </message>
    <message>
        <source>it is not a Quietroom backup</source>
        <translation>إنه ليس نسخة احتياطية من Quietroom</translation>
    </message>
    <message>
        <source>it is not a Quietroom key-slot file</source>
        <translation>إنه ليس ملف خانات مفاتيح من Quietroom</translation>
    </message>
    <message>
        <source>it is truncated (a chunk is cut short)</source>
        <translation>إنه مبتور (نقص في أحد المقاطع)</translation>
    </message>
    <message>
        <source>it is truncated (its end is missing)</source>
        <translation>إنه مبتور (نهايته مفقودة)</translation>
    </message>
    <message>
        <source>it is truncated ({part} is cut short)</source>
        <translation>إنه مبتور (نقص في {part})</translation>
    </message>
    <message>
        <source>it is {size} bytes, not {expected}</source>
        <translation>حجمه {size} بايت وليس {expected}</translation>
    </message>
    <message>
        <source>its checksum does not match (bytes were changed)</source>
        <translation>مجموعه الاختباري غير مطابق (غُيّرت بايتات فيه)</translation>
    </message>
    <message>
        <source>its chunk size is out of range</source>
        <translation>حجم مقاطعه خارج النطاق المسموح</translation>
    </message>
    <message>
        <source>its copy of the key-slot file is damaged</source>
        <translation>نسخته من ملف خانات المفاتيح تالفة</translation>
    </message>
    <message>
        <source>its copy with the current settings did not check out</source>
        <translation>نسخته بالإعدادات الحالية لم تجتز الفحص</translation>
    </message>
    <message>
        <source>its database belongs to another vault</source>
        <translation>قاعدة بياناته تخص خزنة أخرى</translation>
    </message>
    <message>
        <source>its database does not open</source>
        <translation>تعذّر فتح قاعدة بياناته</translation>
    </message>
    <message>
        <source>its database fails the integrity check</source>
        <translation>قاعدة بياناته لا تجتاز فحص السلامة</translation>
    </message>
    <message>
        <source>its header is inconsistent</source>
        <translation>ترويسته غير متسقة</translation>
    </message>
    <message>
        <source>its key-derivation parameters are out of range</source>
        <translation>معاملات اشتقاق المفتاح فيه خارج النطاق المسموح</translation>
    </message>
    <message>
        <source>its manifest is malformed</source>
        <translation>بيان محتوياته مشوَّه</translation>
    </message>
    <message>
        <source>its manifest names another vault</source>
        <translation>بيان محتوياته يشير إلى خزنة أخرى</translation>
    </message>
    <message>
        <source>its version field was changed</source>
        <translation>غُيّر حقل الإصدار فيه</translation>
    </message>
    <message>
        <source>keep-until dates apply to: {kinds}</source>
        <translation>تنطبق تواريخ انتهاء الاحتفاظ على: {kinds}</translation>
    </message>
    <message>
        <source>message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>name a proposal or a revision to export</source>
        <translation>حدّد مقترحًا أو مراجعة لتصديرها</translation>
    </message>
    <message>
        <source>name the recipient of this copy (it is stamped on every page)</source>
        <translation>حدّد مستلم هذه النسخة (يُطبع اسمه على كل صفحة)</translation>
    </message>
    <message>
        <source>no Quietroom vault in &apos;{folder}&apos;</source>
        <translation>لا توجد خزنة Quietroom في «{folder}»</translation>
    </message>
    <message>
        <source>no Quietroom vault in &apos;{folder}&apos; (it has no key-slot file)</source>
        <translation>لا توجد خزنة Quietroom في «{folder}» (لا يوجد فيه ملف خانات المفاتيح)</translation>
    </message>
    <message>
        <source>no Quietroom vault in &apos;{folder}&apos;; nothing was erased</source>
        <translation>لا توجد خزنة Quietroom في «{folder}»؛ لم يُمسح شيء</translation>
    </message>
    <message>
        <source>no font on this computer can draw some characters of this record ({characters}); install a font for that script (for example from the Noto family) and export again</source>
        <translation>لا يوجد على هذا الحاسوب خط يستطيع رسم بعض أحرف هذا السجل ({characters})؛ ثبّت خطًا لهذه الكتابة (من عائلة Noto مثلًا) ثم أعد التصدير</translation>
    </message>
    <message>
        <source>no revision starts with &apos;{ref}&apos;</source>
        <translation>لا توجد مراجعة يبدأ معرّفها بـ«{ref}»</translation>
    </message>
    <message>
        <source>no {kind} {record_id}</source>
        <translation>لا يوجد سجل من النوع «{kind}» بالرقم {record_id}</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>ليست بصيغة JSON</translation>
    </message>
    <message>
        <source>not enough space for the copy; nothing was written</source>
        <translation>لا توجد مساحة كافية للنسخة؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>not enough space for the packet; nothing was written</source>
        <translation>لا توجد مساحة كافية للحزمة؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>not enough space in the vault&apos;s folder for the snapshot a backup needs (about the size of the vault); no backup was written</source>
        <translation>لا توجد مساحة كافية في مجلد الخزنة للّقطة التي تحتاجها النسخة الاحتياطية (بحجم الخزنة تقريبًا)؛ لم تُكتب أي نسخة احتياطية</translation>
    </message>
    <message>
        <source>not enough space to convert the vault&apos;s database; it stays as it is</source>
        <translation>لا توجد مساحة كافية لتحويل قاعدة بيانات الخزنة؛ تبقى كما هي</translation>
    </message>
    <message>
        <source>not enough space to restore the backup; nothing was kept</source>
        <translation>لا توجد مساحة كافية لاستعادة النسخة الاحتياطية؛ لم يُحتفظ بشيء</translation>
    </message>
    <message>
        <source>not enough space to write &apos;{name}&apos;; no backup was written</source>
        <translation>لا توجد مساحة كافية لكتابة «{name}»؛ لم تُكتب أي نسخة احتياطية</translation>
    </message>
    <message>
        <source>not enough space to write &apos;{name}&apos;; nothing was changed</source>
        <translation>لا توجد مساحة كافية لكتابة «{name}»؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>open question</source>
        <translation>مسألة مفتوحة</translation>
    </message>
    <message>
        <source>opening the paper was cancelled</source>
        <translation>أُلغي فتح الورقة</translation>
    </message>
    <message>
        <source>option</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>paper {number} does not match its stored checksum</source>
        <translation>الورقة رقم {number} لا تطابق مجموعها الاختباري المحفوظ</translation>
    </message>
    <message>
        <source>papers larger than 4 GiB are not supported</source>
        <translation>الأوراق التي يزيد حجمها على 4 GiB غير مدعومة</translation>
    </message>
    <message>
        <source>papers that may be shared only with this working group: {count}. Deleting it would let them be shared with anyone; restrict them to another group, or lift their restriction, first</source>
        <translation>الأوراق التي لا يجوز مشاركتها إلا مع فريق العمل هذا: {count}. حذفه سيسمح بمشاركتها مع أي شخص؛ اقصرها أولًا على فريق آخر، أو ارفع القيد عنها</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>المراجعات الأصل</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>pasted text does not start with &apos;quietroom-card:&apos;</source>
        <translation>النص الملصوق لا يبدأ بـ«quietroom-card:»</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>process observation</source>
        <translation>ملاحظة على سير العملية</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>proposal uid</source>
        <translation>معرّف المقترح</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <source>resolve a conflict with ours, theirs, both or custom</source>
        <translation>احسم التعارض بإحدى القيم: ours أو theirs أو both أو custom</translation>
    </message>
    <message>
        <source>revision count</source>
        <translation>عدد المراجعات</translation>
    </message>
    <message>
        <source>revision fields</source>
        <translation>حقول المراجعة</translation>
    </message>
    <message>
        <source>revision uid</source>
        <translation>معرّف المراجعة</translation>
    </message>
    <message>
        <source>sealed data is too short</source>
        <translation>البيانات المختومة أقصر من اللازم</translation>
    </message>
    <message>
        <source>sealing stopped</source>
        <translation>توقّف الختم</translation>
    </message>
    <message>
        <source>sealing was cancelled; no packet was written</source>
        <translation>أُلغي الختم؛ لم تُكتب أي حزمة</translation>
    </message>
    <message>
        <source>session</source>
        <translation>جولة</translation>
    </message>
    <message>
        <source>slot {number} holds an unknown kind of key</source>
        <translation>الخانة {number} تحوي نوعًا مجهولًا من المفاتيح</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>text is given only with a custom resolution</source>
        <translation>لا يُعطى النص إلا مع الحسم بصياغة خاصة</translation>
    </message>
    <message>
        <source>that fingerprint does not match the new keys; the change was not accepted</source>
        <translation>تلك البصمة لا تطابق المفاتيح الجديدة؛ لم يُقبل التغيير</translation>
    </message>
    <message>
        <source>that revision belongs to another proposal</source>
        <translation>تلك المراجعة تخص مقترحًا آخر</translation>
    </message>
    <message>
        <source>that revision is already part of the current one</source>
        <translation>تلك المراجعة جزء من المراجعة الحالية بالفعل</translation>
    </message>
    <message>
        <source>that revision is not part of this proposal</source>
        <translation>تلك المراجعة ليست من هذا المقترح</translation>
    </message>
    <message>
        <source>that session belongs to another dialogue</source>
        <translation>تلك الجولة تخص حوارًا آخر</translation>
    </message>
    <message>
        <source>the QR code file must end in .png or .svg</source>
        <translation>يجب أن ينتهي اسم ملف رمز QR بـ .png أو .svg</translation>
    </message>
    <message>
        <source>the acknowledgement inside this packet is malformed</source>
        <translation>الإقرار بالاستلام داخل هذه الحزمة مشوَّه</translation>
    </message>
    <message>
        <source>the affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>the attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>the backup &apos;{file_name}&apos; is damaged: {detail}; it cannot be restored</source>
        <translation>ملف النسخة الاحتياطية «{file_name}» تالف: {detail}؛ ولا يمكن استعادته</translation>
    </message>
    <message>
        <source>the change conflicts with a record already in the vault</source>
        <translation>يتعارض التغيير مع سجل موجود في الخزنة</translation>
    </message>
    <message>
        <source>the contact details</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>the content changed size while it was being sealed</source>
        <translation>تغيّر حجم المحتوى أثناء ختمه</translation>
    </message>
    <message>
        <source>the database structure is damaged</source>
        <translation>بنية قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>the database&apos;s write-ahead log could not be emptied</source>
        <translation>تعذّر إفراغ سجل الكتابة المسبقة لقاعدة البيانات</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>the disk is full or failing; the last change was not saved</source>
        <translation>القرص ممتلئ أو معطوب؛ لم يُحفظ آخر تغيير</translation>
    </message>
    <message>
        <source>the draft revisions inside this packet are malformed ({what})</source>
        <translation>مراجعات المسودة داخل هذه الحزمة مشوَّهة ({what})</translation>
    </message>
    <message>
        <source>the duress passphrase must differ from the vault&apos;s passphrase</source>
        <translation>يجب أن تختلف عبارة مرور الإكراه عن عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation>المجلد «{folder}» غير موجود</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>أُلغي الاستيراد؛ لم يُخزَّن شيء</translation>
    </message>
    <message>
        <source>the key-slot copy</source>
        <translation>نسخة ملف خانات المفاتيح</translation>
    </message>
    <message>
        <source>the keys of {names} changed: compare the new fingerprint with them and accept the change before sharing; nothing was sealed</source>
        <translation>تغيّرت مفاتيح {names}: قارن البصمة الجديدة معهم واقبل التغيير قبل المشاركة؛ لم يُختم شيء</translation>
    </message>
    <message>
        <source>the kind of note</source>
        <translation>نوع الملاحظة</translation>
    </message>
    <message>
        <source>the manifest has a field no reader would accept (see docs/packet-format.md)</source>
        <translation>في بيان المحتويات حقل لن يقبله أي قارئ (انظر docs/packet-format.md)</translation>
    </message>
    <message>
        <source>the manifest holds text that is not valid Unicode</source>
        <translation>يحوي بيان المحتويات نصًا ليس Unicode صالحًا</translation>
    </message>
    <message>
        <source>the manifest is too large (too many recipients or too long a title)</source>
        <translation>بيان المحتويات كبير جدًا (مستلمون كثيرون جدًا أو عنوان طويل جدًا)</translation>
    </message>
    <message>
        <source>the manifest lists a recipient twice</source>
        <translation>يذكر بيان المحتويات أحد المستلمين مرتين</translation>
    </message>
    <message>
        <source>the manifest&apos;s sender is not the sealing identity</source>
        <translation>المُرسِل المذكور في بيان المحتويات ليس الهوية التي ختمت الحزمة</translation>
    </message>
    <message>
        <source>the message must be text of at most {limit} characters</source>
        <translation>يجب أن تكون الرسالة نصًا لا يزيد عدد أحرفه على {limit}</translation>
    </message>
    <message>
        <source>the mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>the new passphrase is too weak: {advice}</source>
        <translation>عبارة المرور الجديدة ضعيفة جدًا: {advice}</translation>
    </message>
    <message>
        <source>the new passphrase must differ from the vault&apos;s other passphrases</source>
        <translation>يجب أن تختلف عبارة المرور الجديدة عن عبارات المرور الأخرى للخزنة</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>the note inside this packet is malformed</source>
        <translation>الملاحظة داخل هذه الحزمة مشوَّهة</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>the packet ends before its content</source>
        <translation>تنتهي الحزمة قبل محتواها</translation>
    </message>
    <message>
        <source>the packet has a frame of impossible length</source>
        <translation>في الحزمة إطار بطول مستحيل</translation>
    </message>
    <message>
        <source>the packet has extra bytes after its end</source>
        <translation>في الحزمة بايتات زائدة بعد نهايتها</translation>
    </message>
    <message>
        <source>the packet is cut short (truncated)</source>
        <translation>الحزمة مبتورة (ناقصة)</translation>
    </message>
    <message>
        <source>the packet was already read</source>
        <translation>قُرئت الحزمة من قبل</translation>
    </message>
    <message>
        <source>the packet was altered after it was sealed</source>
        <translation>عُدّلت الحزمة بعد ختمها</translation>
    </message>
    <message>
        <source>the packet&apos;s content is out of shape</source>
        <translation>محتوى الحزمة مختل البنية</translation>
    </message>
    <message>
        <source>the packet&apos;s content is shorter than its manifest says</source>
        <translation>محتوى الحزمة أقصر مما يذكره بيان محتوياتها</translation>
    </message>
    <message>
        <source>the packet&apos;s header is damaged</source>
        <translation>ترويسة الحزمة تالفة</translation>
    </message>
    <message>
        <source>the packet&apos;s header is malformed: it declares {count} key slots (a packet has a multiple of {multiple} from {multiple} to {limit})</source>
        <translation>ترويسة الحزمة مشوَّهة: تعلن عن {count} من خانات المفاتيح (عدد خانات الحزمة من مضاعفات {multiple}، من {multiple} إلى {limit})</translation>
    </message>
    <message>
        <source>the packet&apos;s manifest is malformed</source>
        <translation>بيان محتويات الحزمة مشوَّه</translation>
    </message>
    <message>
        <source>the paper was deleted from every list, but overwriting its content stopped ({reason}); it is finished the next time the vault is unlocked</source>
        <translation>حُذفت الورقة من كل القوائم، لكن الكتابة فوق محتواها توقفت ({reason})؛ وستُستكمل عند فتح الخزنة في المرة القادمة</translation>
    </message>
    <message>
        <source>the passphrase is too weak: {advice}</source>
        <translation>عبارة المرور ضعيفة جدًا: {advice}</translation>
    </message>
    <message>
        <source>the pasted card is garbled; copy it again in full</source>
        <translation>البطاقة الملصوقة مشوَّشة؛ انسخها مجددًا كاملة</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>the proposal changed since this merge began; start the merge again</source>
        <translation>تغيّر المقترح منذ بدء هذا الدمج؛ ابدأ الدمج من جديد</translation>
    </message>
    <message>
        <source>the proposal needs a title</source>
        <translation>يحتاج المقترح إلى عنوان</translation>
    </message>
    <message>
        <source>the proximity</source>
        <translation>القرب</translation>
    </message>
    <message>
        <source>the recovery key has a typing mistake: check each group</source>
        <translation>في مفتاح الاسترداد خطأ في الكتابة: راجع كل مجموعة</translation>
    </message>
    <message>
        <source>the sender&apos;s signature on this packet does not verify</source>
        <translation>لم يجتز توقيع المُرسِل على هذه الحزمة التحقق</translation>
    </message>
    <message>
        <source>the side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>the status must be one of: {statuses}</source>
        <translation>يجب أن تكون الحالة إحدى القيم التالية: {statuses}</translation>
    </message>
    <message>
        <source>the stream header</source>
        <translation>ترويسة التدفق</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>يزيد عدد أحرف النص على {limit}</translation>
    </message>
    <message>
        <source>the text is the same as the current revision; nothing to save</source>
        <translation>النص مطابق للمراجعة الحالية؛ لا شيء للحفظ</translation>
    </message>
    <message>
        <source>the text must be text</source>
        <translation>يجب أن تكون قيمة النص نصًا</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>the title is longer than {limit} characters</source>
        <translation>يزيد عدد أحرف العنوان على {limit}</translation>
    </message>
    <message>
        <source>the track must be one of: 1, 1.5, 2, 3</source>
        <translation>يجب أن يكون المسار إحدى القيم: 1، 1.5، 2، 3</translation>
    </message>
    <message>
        <source>the unlock guard file is damaged</source>
        <translation>ملف عدّاد محاولات الفتح تالف</translation>
    </message>
    <message>
        <source>the vault database refused the operation ({error_type})</source>
        <translation>رفضت قاعدة بيانات الخزنة العملية ({error_type})</translation>
    </message>
    <message>
        <source>the vault file &apos;{file_name}&apos; is damaged: {detail}</source>
        <translation>ملف الخزنة «{file_name}» تالف: {detail}</translation>
    </message>
    <message>
        <source>the vault has no decoy database</source>
        <translation>لا توجد في الخزنة قاعدة بيانات تمويهية</translation>
    </message>
    <message>
        <source>the vault has no identity</source>
        <translation>لا هوية للخزنة</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>الخزنة مقفلة</translation>
    </message>
    <message>
        <source>the vault was locked while this was running; nothing more was saved</source>
        <translation>أُقفلت الخزنة أثناء تنفيذ هذه العملية؛ لم يُحفظ شيء آخر</translation>
    </message>
    <message>
        <source>there is no backup file &apos;{path}&apos;</source>
        <translation>لا يوجد ملف نسخة احتياطية باسم «{path}»</translation>
    </message>
    <message>
        <source>there is no conflict number {number}</source>
        <translation>لا يوجد تعارض بالرقم {number}</translation>
    </message>
    <message>
        <source>there is no contact number {number}</source>
        <translation>لا توجد جهة اتصال بالرقم {number}</translation>
    </message>
    <message>
        <source>there is no draft proposal number {number}</source>
        <translation>لا توجد مسودة مقترح بالرقم {number}</translation>
    </message>
    <message>
        <source>there is no packet format version {version}</source>
        <translation>لا يوجد إصدار {version} من صيغة الحزم</translation>
    </message>
    <message>
        <source>there is no packet number {number}</source>
        <translation>لا توجد حزمة بالرقم {number}</translation>
    </message>
    <message>
        <source>there is no paper number {number}</source>
        <translation>لا توجد ورقة بالرقم {number}</translation>
    </message>
    <message>
        <source>there is no revision number {number}</source>
        <translation>لا توجد مراجعة بالرقم {number}</translation>
    </message>
    <message>
        <source>there is no working group number {number}</source>
        <translation>لا يوجد فريق عمل بالرقم {number}</translation>
    </message>
    <message>
        <source>there is no {record} number {number}</source>
        <translation>لا وجود لأي {record} بالرقم {number}</translation>
    </message>
    <message>
        <source>there is not enough free memory to derive the key ({needed} MiB are needed); close other programs and try again</source>
        <translation>لا توجد ذاكرة حرة كافية لاشتقاق المفتاح (يلزم {needed} MiB)؛ أغلق البرامج الأخرى وحاول مجددًا</translation>
    </message>
    <message>
        <source>there is nothing to merge: no diverged revision is waiting</source>
        <translation>لا شيء للدمج: لا توجد مراجعة متباعدة في الانتظار</translation>
    </message>
    <message>
        <source>these draft revisions use a format this Quietroom does not know</source>
        <translation>تستخدم مراجعات المسودة هذه صيغة لا يعرفها إصدار Quietroom هذا</translation>
    </message>
    <message>
        <source>this Quietroom cannot import packets of kind &apos;{kind}&apos; yet</source>
        <translation>لا يستطيع إصدار Quietroom هذا استيراد الحزم من النوع «{kind}» بعد</translation>
    </message>
    <message>
        <source>this acknowledgement comes from someone the packet was not sealed to</source>
        <translation>هذا الإقرار بالاستلام صادر عن شخص لم تُختم الحزمة له</translation>
    </message>
    <message>
        <source>this acknowledgement is for a packet you did not send</source>
        <translation>هذا الإقرار بالاستلام يخص حزمة لم ترسلها</translation>
    </message>
    <message>
        <source>this backup uses backup format {version}; this Quietroom reads up to {supported}: install a newer version</source>
        <translation>تستخدم هذه النسخة الاحتياطية الصيغة {version}؛ ولا يقرأ إصدار Quietroom هذا إلا حتى الصيغة {supported}: ثبّت إصدارًا أحدث</translation>
    </message>
    <message>
        <source>this card carries one of your own keys with another: it is forged</source>
        <translation>تحمل هذه البطاقة أحد مفاتيحك مع مفتاح آخر: إنها مزوّرة</translation>
    </message>
    <message>
        <source>this card uses format {version}; this Quietroom reads {supported}</source>
        <translation>تستخدم هذه البطاقة الصيغة {version}؛ ويقرأ إصدار Quietroom هذا الصيغة {supported}</translation>
    </message>
    <message>
        <source>this contact card is damaged (its length is inconsistent)</source>
        <translation>بطاقة جهة الاتصال هذه تالفة (طولها غير متسق)</translation>
    </message>
    <message>
        <source>this contact card&apos;s encryption key is not usable: nothing can be sealed to it</source>
        <translation>مفتاح التشفير في بطاقة جهة الاتصال هذه غير صالح للاستخدام: لا يمكن ختم أي شيء له</translation>
    </message>
    <message>
        <source>this contact card&apos;s name is not valid text</source>
        <translation>الاسم في بطاقة جهة الاتصال هذه ليس نصًا صالحًا</translation>
    </message>
    <message>
        <source>this contact card&apos;s signature does not verify: it was altered</source>
        <translation>لم يجتز توقيع بطاقة جهة الاتصال هذه التحقق: لقد عُدّلت</translation>
    </message>
    <message>
        <source>this contact&apos;s keys changed: compare the new fingerprint and accept the change instead</source>
        <translation>تغيّرت مفاتيح جهة الاتصال هذه: قارن البصمة الجديدة واقبل التغيير بدلًا من ذلك</translation>
    </message>
    <message>
        <source>this contact&apos;s keys have not changed</source>
        <translation>لم تتغيّر مفاتيح جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>this file is not a Quietroom contact card</source>
        <translation>هذا الملف ليس بطاقة جهة اتصال من Quietroom</translation>
    </message>
    <message>
        <source>this file is not a Quietroom packet</source>
        <translation>هذا الملف ليس حزمة Quietroom</translation>
    </message>
    <message>
        <source>this history is too large for one packet (over 16 MiB of text)</source>
        <translation>هذا السجل أكبر من أن تحمله حزمة واحدة (أكثر من 16 MiB من النص)</translation>
    </message>
    <message>
        <source>this is a packet you sealed yourself; it is already yours</source>
        <translation>هذه حزمة ختمتَها بنفسك؛ فهي لديك أصلًا</translation>
    </message>
    <message>
        <source>this is not a Quietroom contact card</source>
        <translation>هذه ليست بطاقة جهة اتصال من Quietroom</translation>
    </message>
    <message>
        <source>this is not a Quietroom contact card (too long)</source>
        <translation>هذه ليست بطاقة جهة اتصال من Quietroom (طويلة جدًا)</translation>
    </message>
    <message>
        <source>this is not a Quietroom contact card (wrong size)</source>
        <translation>هذه ليست بطاقة جهة اتصال من Quietroom (حجمها غير صحيح)</translation>
    </message>
    <message>
        <source>this is your own card</source>
        <translation>هذه بطاقتك أنت</translation>
    </message>
    <message>
        <source>this packet builds on revisions this vault does not have; ask the sender to send the whole history again (draft send --full)</source>
        <translation>تُبنى هذه الحزمة على مراجعات غير موجودة في هذه الخزنة؛ اطلب من المُرسِل أن يرسل السجل كاملًا مرة أخرى (draft send --full)</translation>
    </message>
    <message>
        <source>this packet comes from someone who is not among your contacts (it says &apos;{name}&apos;); import their card and compare the fingerprint first</source>
        <translation>هذه الحزمة من شخص ليس من جهات اتصالك (تقول إنها من «{name}»)؛ استورد بطاقته وقارن البصمة أولًا</translation>
    </message>
    <message>
        <source>this packet holds a revision by someone who is not a contact</source>
        <translation>تحوي هذه الحزمة مراجعة كتبها شخص ليس من جهات اتصالك</translation>
    </message>
    <message>
        <source>this packet holds a revision said to be yours that you never made</source>
        <translation>تحوي هذه الحزمة مراجعة منسوبة إليك لم تكتبها قط</translation>
    </message>
    <message>
        <source>this packet is not addressed to you</source>
        <translation>هذه الحزمة ليست موجّهة إليك</translation>
    </message>
    <message>
        <source>this packet is signed with the new keys of {name}, whose key change you have not accepted yet: compare the new fingerprint with them first</source>
        <translation>هذه الحزمة موقّعة بمفاتيح {name} الجديدة، ولم تقبل تغيير مفاتيحه بعد: قارن البصمة الجديدة معه أولًا</translation>
    </message>
    <message>
        <source>this packet is too large to read into memory</source>
        <translation>هذه الحزمة أكبر من أن تُقرأ في الذاكرة</translation>
    </message>
    <message>
        <source>this packet uses format version {version}; this Quietroom reads versions {oldest} to {newest} (a newer Quietroom may read it)</source>
        <translation>تستخدم هذه الحزمة إصدار الصيغة {version}؛ ويقرأ إصدار Quietroom هذا الإصدارات من {oldest} إلى {newest} (قد يقرؤها إصدار أحدث من Quietroom)</translation>
    </message>
    <message>
        <source>this packet was sealed for other people and re-sent to you; it is refused</source>
        <translation>خُتمت هذه الحزمة لأشخاص آخرين ثم أُعيد إرسالها إليك؛ لذا رُفضت</translation>
    </message>
    <message>
        <source>this packet&apos;s item is too large for its kind</source>
        <translation>عنصر هذه الحزمة أكبر مما يسمح به نوعه</translation>
    </message>
    <message>
        <source>this paper is too large to view inside Quietroom (over {limit} MiB); save a copy outside the vault to read it</source>
        <translation>هذه الورقة أكبر من أن تُعرض داخل Quietroom (أكثر من {limit} MiB)؛ احفظ نسخة خارج الخزنة لقراءتها</translation>
    </message>
    <message>
        <source>this paper may go only to the working group(s) {groups}; outside them: {outsiders}. Nothing was sealed (an explicit override is needed, and is logged)</source>
        <translation>لا يجوز أن تذهب هذه الورقة إلا إلى فرق العمل التالية: {groups}؛ خارج هذا النطاق: {outsiders}. لم يُختم شيء (يلزم تجاوز صريح، ويُدوَّن في السجل)</translation>
    </message>
    <message>
        <source>this proposal has no revision yet</source>
        <translation>لا توجد مراجعة لهذا المقترح بعد</translation>
    </message>
    <message>
        <source>this vault has no passphrase slot to change</source>
        <translation>لا توجد في هذه الخزنة خانة عبارة مرور لتغييرها</translation>
    </message>
    <message>
        <source>this vault has schema version {version}; this Quietroom knows up to {supported}: install a newer version</source>
        <translation>إصدار مخطط هذه الخزنة {version}؛ ولا يعرف إصدار Quietroom هذا إلا حتى {supported}: ثبّت إصدارًا أحدث</translation>
    </message>
    <message>
        <source>this vault uses key-slot format {version}; this Quietroom reads up to {supported}: install a newer version</source>
        <translation>تستخدم هذه الخزنة صيغة خانات المفاتيح {version}؛ ولا يقرأ إصدار Quietroom هذا إلا حتى {supported}: ثبّت إصدارًا أحدث</translation>
    </message>
    <message>
        <source>this {secret} does not open the vault</source>
        <translation>لا تُفتح الخزنة بما أدخلته في حقل {secret}</translation>
    </message>
    <message>
        <source>time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>الحجم كبير جدًا</translation>
    </message>
    <message>
        <source>unknown cipher settings version {version}</source>
        <translation>إصدار مجهول لإعدادات التشفير: {version}</translation>
    </message>
    <message>
        <source>unknown field(s): {unknown}; known: {known}</source>
        <translation>حقول غير معروفة: {unknown}؛ الحقول المعروفة: {known}</translation>
    </message>
    <message>
        <source>what can be deleted: {kinds}</source>
        <translation>ما يمكن حذفه: {kinds}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>wrong key, or the data was altered</source>
        <translation>مفتاح خاطئ، أو أن البيانات عُدّلت</translation>
    </message>
    <message>
        <source>{count} conflict(s) are not resolved yet; nothing was saved</source>
        <translation>عدد التعارضات التي لم تُحسم بعد: {count}؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>{dialogue} — round {round_no}</source>
        <translation>{dialogue} — الجولة {round_no}</translation>
    </message>
    <message>
        <source>{dialogue} — round {round_no}: {title}</source>
        <translation>{dialogue} — الجولة {round_no}: {title}</translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation>يجب إدخال {field}</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>يزيد عدد أحرف {field} على {limit}</translation>
    </message>
    <message>
        <source>{field} must be a date written YYYY-MM-DD</source>
        <translation>يجب أن تكون قيمة {field} تاريخًا مكتوبًا بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>يجب أن تكون قيمة {field} إحدى القيم التالية: {choices}</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>يجب أن تكون قيمة {field} نصًا</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>{revision} of {day}</source>
        <translation>{revision} بتاريخ {day}</translation>
    </message>
    <message>
        <source>{stamp} — page {page} of {pages}</source>
        <translation>{stamp} — الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>{title} ({kind}):</source>
        <translation>{title} ({kind}):</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <extracomment>a note was written to the vault (payload: its id).</extracomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>العنوان (اختياري)</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>عنوان الملاحظة</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>نوع الملاحظة</translation>
    </message>
    <message>
        <source>Attributable (who said what may be quoted)</source>
        <translation>قابلة للإسناد (يجوز اقتباس من قال ماذا)</translation>
    </message>
    <message>
        <source>Leave unticked under the Chatham House rule: what was said may be used, not who said it.</source>
        <translation>اتركها دون تحديد وفق قاعدة تشاتام هاوس: يجوز استخدام ما قيل، لا ذكر من قاله.</translation>
    </message>
    <message>
        <source>After this day the note is purged from the vault (with secure delete) the next time the vault is unlocked.</source>
        <translation>بعد هذا اليوم تُحذف الملاحظة من الخزنة (حذفًا آمنًا) عند فتح الخزنة في المرة التالية.</translation>
    </message>
    <message>
        <source>Last day the note is kept</source>
        <translation>آخر يوم تُحفظ فيه الملاحظة</translation>
    </message>
    <message>
        <source>Write in Markdown: # headings, - lists, **bold**. Saved as you type.</source>
        <translation>اكتب بصيغة Markdown: ‏# للعناوين، ‏- للقوائم، ‏**للخط العريض**. يُحفظ النص أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Preview of the note</source>
        <translation>معاينة الملاحظة</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>New note: it is saved once you type.</source>
        <translation>ملاحظة جديدة: تُحفظ بمجرد أن تكتب.</translation>
    </message>
    <message>
        <source>Last saved {time}</source>
        <translation>آخر حفظ {time}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التعديل…</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>لم يُحفظ: {exc}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>حُفظ {time}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>No notes yet. Use “New note” to record observations, options, agreed points and follow-ups.</source>
        <translation>لا توجد ملاحظات بعد. استخدم «ملاحظة جديدة» لتدوين الملاحظات والخيارات والنقاط المتفق عليها والمتابعات.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>حذف الملاحظة…</translation>
    </message>
    <message>
        <source>Export the note as PDF…</source>
        <translation>تصدير الملاحظة كملف PDF…</translation>
    </message>
    <message>
        <source>this note</source>
        <translation>هذه الملاحظة</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Create your vault</source>
        <extracomment>(unit, the next unit): zxcvbn&apos;s display_time, in seconds; a century and over: &quot;centuries&quot;. onboarding is complete (payload: the unlocked OpenVault). the vault exists (the recovery key is being shown; payload: nothing).</extracomment>
        <translation>أنشئ خزنتك</translation>
    </message>
    <message>
        <source>Everything you record in Quietroom stays in an encrypted vault on this computer. Only your passphrase opens it: choose several unrelated words you can remember.</source>
        <translation>كل ما تدوّنه في Quietroom يبقى في خزنة مشفّرة على هذا الحاسوب. لا يفتحها إلا عبارة المرور الخاصة بك: اختر عدة كلمات لا رابط بينها يمكنك تذكّرها.</translation>
    </message>
    <message>
        <source>Your name as contacts will see it</source>
        <translation>اسمك كما ستراه جهات اتصالك</translation>
    </message>
    <message>
        <source>e.g. your name or your office&apos;s</source>
        <translation>مثال: اسمك أو اسم مكتبك</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>At least {length} characters and a strength of &apos;{strength}&apos;.</source>
        <translation>{length} حرفًا على الأقل وقوة «{strength}».</translation>
    </message>
    <message>
        <source>Name on your card</source>
        <translation>الاسم على بطاقتك</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>مجلد الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>On a new computer: bring back a vault from its backup file</source>
        <translation>على حاسوب جديد: استعادة خزنة من ملف نسختها الاحتياطية</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>أقل من ثانية</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>قرون</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهرين</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتين</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: {strength}</source>
        <translation>القوة: {strength}</translation>
    </message>
    <message>
        <source>(an attacker would need {crack_time}).</source>
        <translation>(سيحتاج المهاجم إلى {crack_time}).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>جارٍ إنشاء خزنتك…</translation>
    </message>
    <message>
        <source>Quietroom is tuning the key derivation to this computer so that every guess at your passphrase costs an attacker about a second. This takes a few seconds.</source>
        <translation>يضبط Quietroom اشتقاق المفتاح على هذا الحاسوب بحيث تكلّف كل محاولة لتخمين عبارة المرور نحو ثانية من وقت المهاجم. يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>The vault was not created: {error}.</source>
        <translation>لم تُنشأ الخزنة: {error}.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only other way into the vault. It is shown this once and never stored. Write it on paper, or print it, and keep it away from this computer.</source>
        <translation>إن نسيت عبارة المرور، فهذا المفتاح هو السبيل الآخر الوحيد إلى الخزنة. يُعرض هذه المرة فقط ولا يُخزَّن أبدًا. اكتبه على ورق أو اطبعه، واحفظه بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>حفظ في ملف…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>دوّنت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>A file holding the recovery key opens your vault for whoever finds it. Save it only to a USB stick you keep apart from this computer, never next to the vault.</source>
        <translation>الملف الذي يحوي مفتاح الاسترداد يفتح خزنتك لمن يجده. احفظه فقط على ذاكرة USB تحتفظ بها بعيدًا عن هذا الحاسوب، ولا تضعه أبدًا بجوار الخزنة.</translation>
    </message>
    <message>
        <source>Quietroom recovery key

{key}
</source>
        <translation>مفتاح استرداد Quietroom

{key}
</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The file was not written: {strerror}</source>
        <translation>لم يُكتب الملف: {strerror}</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>بطاقة جهة الاتصال الخاصة بك</translation>
    </message>
    <message>
        <source>People you share papers with need your card, and should compare this fingerprint with you in person or by a call before they trust it. You can find it again under Contacts.</source>
        <translation>يحتاج الأشخاص الذين تشاركهم الأوراق إلى بطاقتك، وعليهم مقارنة هذه البصمة معك وجهًا لوجه أو عبر مكالمة قبل أن يثقوا بها. ستجدها مجددًا تحت «جهات الاتصال».</translation>
    </message>
    <message>
        <source>Open Quietroom</source>
        <translation>فتح Quietroom</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>only you</source>
        <translation>أنت فقط</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>(no longer in the vault)</source>
        <translation>(لم يعد في الخزنة)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Sealed for</source>
        <translation>خُتمت لـ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>خُتمت في</translation>
    </message>
    <message>
        <source>Nothing sent yet. Share a paper from the Papers page: its packet is listed here with the people it was sealed for.</source>
        <translation>لم يُرسل شيء بعد. شارك ورقة من صفحة «الأوراق»: تظهر حزمتها هنا مع الأشخاص الذين خُتمت لهم.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>الصادر</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>No co-drafter yet</source>
        <translation>لا يوجد شريك في الصياغة بعد</translation>
    </message>
    <message>
        <source>  (not verified)</source>
        <translation>  (غير موثَّق)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Round {round_no} · {date}</source>
        <translation>الجولة {round_no} · {date}</translation>
    </message>
    <message>
        <source>Round {round_no}</source>
        <translation>الجولة {round_no}</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Choose a paper to read it here.</source>
        <extracomment>A plain text is put into its document in parts of about this many characters (ended at a line&apos;s end): each part holds the GIL for well under a millisecond. What a cut could change the meaning of: link reference definitions (``[name]: url``, used anywhere in the text) and raw HTML blocks that may hold blank lines. A text with any of these is parsed whole. Plain substring tests: a regular expression over 5 MB held the GIL for 0.2 s.</extracomment>
        <translation>اختر ورقة لقراءتها هنا.</translation>
    </message>
    <message>
        <source>This PDF could not be read; it may be damaged.</source>
        <translation>تعذّرت قراءة ملف PDF هذا؛ ربما يكون تالفًا.</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>Papers</source>
        <extracomment>a paper was chosen (payload: Paper), for the details panel.</extracomment>
        <translation>الأوراق</translation>
    </message>
    <message>
        <source>Drafts, non-papers and documents, kept encrypted. Drop files here to add.</source>
        <translation>مسودات وأوراق غير رسمية ووثائق، محفوظة مشفّرة. أفلت الملفات هنا لإضافتها.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete after…</source>
        <translation>الحذف بعد…</translation>
    </message>
    <message>
        <source>Restrict sharing…</source>
        <translation>تقييد المشاركة…</translation>
    </message>
    <message>
        <source>Save a copy outside…</source>
        <translation>حفظ نسخة خارج الخزنة…</translation>
    </message>
    <message>
        <source>Add paper…</source>
        <translation>إضافة ورقة…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <source>No papers yet. Drop a PDF, text or Markdown file here, or use “Add paper…”. The original file is left where it is.</source>
        <translation>لا توجد أوراق بعد. أفلت هنا ملف PDF أو نصًا أو ملف Markdown، أو استخدم «إضافة ورقة…». يبقى الملف الأصلي في مكانه.</translation>
    </message>
    <message>
        <source>Add papers to the vault</source>
        <translation>إضافة أوراق إلى الخزنة</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>جارٍ إضافة {name}…</translation>
    </message>
    <message>
        <source>Added “{title}” ({size}).</source>
        <translation>أُضيفت «{title}» ({size}).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>أُلغي؛ لم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <source>Not done: {error}.</source>
        <translation>لم يتم: {error}.</translation>
    </message>
    <message>
        <source>Quietroom cannot show {media_type} files inside the app. Use “Save a copy outside…” to open it elsewhere.</source>
        <translation>لا يستطيع Quietroom عرض ملفات {media_type} داخل التطبيق. استخدم «حفظ نسخة خارج الخزنة…» لفتحها في مكان آخر.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Choose a paper first.</source>
        <translation>اختر ورقة أولًا.</translation>
    </message>
    <message>
        <source>Copies already sent to others are not affected.</source>
        <translation>لا يشمل ذلك النسخ المرسلة إلى الآخرين.</translation>
    </message>
    <message>
        <source>Deleting “{title}”…</source>
        <translation>جارٍ حذف «{title}»…</translation>
    </message>
    <message>
        <source>The paper was deleted.</source>
        <translation>حُذفت الورقة.</translation>
    </message>
    <message>
        <source>Wait for the current task to finish.</source>
        <translation>انتظر حتى تنتهي المهمة الجارية.</translation>
    </message>
    <message>
        <source>Keep “{title}” until</source>
        <translation>الاحتفاظ بـ«{title}» حتى</translation>
    </message>
    <message>
        <source>After the day chosen the paper is purged from the vault, with secure delete, the next time the vault is unlocked. Copies sent to others are not affected.</source>
        <translation>بعد اليوم المختار تُحذف الورقة من الخزنة حذفًا آمنًا عند فتح الخزنة في المرة التالية. لا يشمل ذلك النسخ المرسلة إلى الآخرين.</translation>
    </message>
    <message>
        <source>The paper will be deleted after {day}.</source>
        <translation>ستُحذف الورقة بعد {day}.</translation>
    </message>
    <message>
        <source>The paper is kept until you delete it.</source>
        <translation>تُحفظ الورقة إلى أن تحذفها.</translation>
    </message>
    <message>
        <source>“{title}” may be shared only with: {groups}.</source>
        <translation>لا يجوز مشاركة «{title}» إلا مع: {groups}.</translation>
    </message>
    <message>
        <source>“{title}” may be shared with any contact.</source>
        <translation>يجوز مشاركة «{title}» مع أي جهة اتصال.</translation>
    </message>
    <message>
        <source>Save a readable copy outside the vault</source>
        <translation>حفظ نسخة مقروءة خارج الخزنة</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted. Anyone who gets this computer, the folder you pick, or a backup of it can read the paper. Save it only where you must, and delete it when you are done.</source>
        <translation>لن تكون النسخة مشفّرة. يستطيع أي شخص يحصل على هذا الحاسوب أو على المجلد الذي تختاره أو على نسخة احتياطية منه أن يقرأ الورقة. لا تحفظها إلا حيث يلزم، واحذفها حين تنتهي.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>جارٍ حفظ نسخة…</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy: {path}</source>
        <translation>حُفظت نسخة غير مشفّرة: {path}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Export a PDF</source>
        <translation>تصدير ملف PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a readable PDF of %n page(s): {path}</source>
        <translation>
            <numerusform>كُتب ملف PDF مقروء من دون صفحات: {path}</numerusform>
            <numerusform>كُتب ملف PDF مقروء من صفحة واحدة: {path}</numerusform>
            <numerusform>كُتب ملف PDF مقروء من صفحتين: {path}</numerusform>
            <numerusform>كُتب ملف PDF مقروء من %n صفحات: {path}</numerusform>
            <numerusform>كُتب ملف PDF مقروء من %n صفحة: {path}</numerusform>
            <numerusform>كُتب ملف PDF مقروء من %n صفحة: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) named by neutral labels.</source>
        <translation>
            <numerusform>لم يُسمَّ أي مشارك بتسمية محايدة.</numerusform>
            <numerusform>سُمّي مشارك واحد بتسمية محايدة.</numerusform>
            <numerusform>سُمّي مشاركان بتسميات محايدة.</numerusform>
            <numerusform>سُمّي %n مشاركين بتسميات محايدة.</numerusform>
            <numerusform>سُمّي %n مشاركًا بتسميات محايدة.</numerusform>
            <numerusform>سُمّي %n مشارك بتسميات محايدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it when it is no longer needed.</source>
        <translation>احذفه حين لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>صُدِّر ملف PDF</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <extracomment>a person was chosen (payload: Person), for the details panel.</extracomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Participants, facilitators and observers, with their side and track.</source>
        <translation>المشاركون والميسّرون والمراقبون، مع طرف كلٍّ منهم ومساره.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>No people yet. Add the participants of your dialogues: their side, their track and whether they may be named.</source>
        <translation>لا يوجد أشخاص بعد. أضف المشاركين في حواراتك: طرفهم ومسارهم وهل يجوز ذكر أسمائهم.</translation>
    </message>
    <message>
        <source>Their attendance at rounds, their place in working groups, their code name and their contact card (the keys you hold for them) go too. Notes that mention them are not changed.</source>
        <translation>يُحذف معه حضوره في الجولات ومكانه في فرق العمل واسمه الرمزي وبطاقة الاتصال الخاصة به (المفاتيح التي تحتفظ بها له). ولا تتغير الملاحظات التي تذكره.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Filter by name or side</source>
        <translation>تصفية حسب الاسم أو الطرف</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>تصفية الأشخاص</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>تعديل بيانات المشارك</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>e.g. Side 1, Side 2, third party</source>
        <translation>مثال: الطرف 1، الطرف 2، طرف ثالث</translation>
    </message>
    <message>
        <source>how close to decision-makers</source>
        <translation>مدى القرب من صنّاع القرار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>الانتماء</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>القرب</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>New draft proposal</source>
        <translation>مسودة مقترح جديدة</translation>
    </message>
    <message>
        <source>e.g. Principles for drought-year sharing</source>
        <translation>مثال: مبادئ تقاسم المياه في سنوات الجفاف</translation>
    </message>
    <message>
        <source>The first draft (Markdown or plain text)</source>
        <translation>المسودة الأولى (Markdown أو نص عادي)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Co-drafter</source>
        <translation>الشريك في الصياغة</translation>
    </message>
    <message>
        <source>First draft</source>
        <translation>المسودة الأولى</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Export “{title}” as a PDF</source>
        <translation>تصدير «{title}» كملف PDF</translation>
    </message>
    <message>
        <source>The PDF is NOT encrypted: anyone who gets the file can read it. Every page says it is confidential and names the person the copy is for. In a record that is not attributable, participants&apos; names are replaced by neutral labels; code names always replace real names.</source>
        <translation>ملف PDF غير مشفّر: يستطيع قراءته كل من يحصل عليه. تذكر كل صفحة أنه سري وتسمّي الشخص الذي أُعدّت له النسخة. في المحضر غير القابل للنسب، تُستبدل أسماء المشاركين بتسميات محايدة؛ وتحلّ الأسماء الرمزية دائمًا محل الأسماء الحقيقية.</translation>
    </message>
    <message>
        <source>e.g. Dr Samir Khoury</source>
        <translation>مثلًا: د. سمير خوري</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>نسخة لـ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Who may receive “{title}”</source>
        <translation>من يجوز له تلقّي «{title}»</translation>
    </message>
    <message>
        <source>Tick the working groups this paper may be shared with. Sharing it with anyone outside them then needs an explicit override, written to the audit log. With none ticked, it may be shared with any contact.</source>
        <translation>اختر فرق العمل التي يجوز مشاركة هذه الورقة معها. عندها تتطلب مشاركتها مع أي شخص من خارجها تجاوزًا صريحًا يُدوَّن في سجل التدقيق. وإن لم يُختر أي فريق، يجوز مشاركتها مع أي جهة اتصال.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>فرق العمل</translation>
    </message>
    <message>
        <source>There are no working groups yet. Create one under Working groups, then come back to restrict this paper to it.</source>
        <translation>لا توجد فرق عمل بعد. أنشئ فريقًا في «فرق العمل»، ثم عد لتقصر هذه الورقة عليه.</translation>
    </message>
</context>
<context>
    <name>RootWindow</name>
    <message>
        <source>Quietroom</source>
        <extracomment>panic exit: lock, clear the clipboard, close every window (docs/need-to-know.md)</extracomment>
        <translation>Quietroom</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>قفل الخزنة الآن (Ctrl+L)</translation>
    </message>
    <message>
        <source>Auto-lock…</source>
        <translation>القفل التلقائي…</translation>
    </message>
    <message>
        <source>Panic exit</source>
        <translation>خروج طارئ</translation>
    </message>
    <message>
        <source>Lock at once, clear the clipboard and close every window ({shortcut})</source>
        <translation>قفل فوري ومسح الحافظة وإغلاق كل النوافذ ({shortcut})</translation>
    </message>
    <message>
        <source>Emergency erase…</source>
        <translation>مسح طارئ…</translation>
    </message>
    <message>
        <source>Destroy the vault for good: its keys first, then its files ({shortcut})</source>
        <translation>إتلاف الخزنة نهائيًا: مفاتيحها أولًا ثم ملفاتها ({shortcut})</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Write the whole vault, encrypted, to one file (for a drive kept elsewhere)</source>
        <translation>كتابة الخزنة كلها، مشفّرة، في ملف واحد (لقرص يُحفظ في مكان آخر)</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>التحقق من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Prove that a backup file restores, without restoring it</source>
        <translation>إثبات أن ملف النسخة الاحتياطية قابل للاستعادة دون استعادته</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>عبارة المرور…</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase</source>
        <translation>تغيير عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>عبارة مرور الإكراه…</translation>
    </message>
    <message>
        <source>A passphrase that destroys the vault and opens an empty one instead</source>
        <translation>عبارة مرور تُتلف الخزنة وتفتح خزنة فارغة بدلًا منها</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>الأمان…</translation>
    </message>
    <message>
        <source>Panic exit and failed-unlock settings</source>
        <translation>الخروج الطارئ وإعدادات محاولات الفتح الفاشلة</translation>
    </message>
    <message>
        <source>Check the vault…</source>
        <translation>التحقق من الخزنة…</translation>
    </message>
    <message>
        <source>Authenticate every page of the vault and verify its audit log</source>
        <translation>التحقق من أصالة كل صفحات الخزنة ومن سجل التدقيق</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>اللغة…</translation>
    </message>
    <message>
        <source>Choose the language of the interface</source>
        <translation>اختيار لغة الواجهة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Search notes, people and papers  (Ctrl+F)</source>
        <translation>البحث في الملاحظات والأشخاص والأوراق  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>البحث في الخزنة</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase or the recovery key of the vault it was made from.</source>
        <translation>استُعيدت النسخة الاحتياطية. افتحها بعبارة المرور أو بمفتاح الاسترداد الخاصين بالخزنة التي أُخذت منها.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>عُيّنت عبارة مرور الإكراه.</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>كما في النظام ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language of the interface (used from the next start of Quietroom):</source>
        <translation>لغة الواجهة (تُستخدم من التشغيل القادم لـ Quietroom):</translation>
    </message>
    <message>
        <source>The new language is used when Quietroom next starts.</source>
        <translation>ستُستخدم اللغة الجديدة عند تشغيل Quietroom في المرة القادمة.</translation>
    </message>
    <message>
        <source>About Quietroom</source>
        <translation>حول Quietroom</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>فُتحت الخزنة.</translation>
    </message>
    <message>
        <source>Unlock attempts</source>
        <translation>محاولات الفتح</translation>
    </message>
    <message numerus="yes">
        <source>%n unlock attempt(s) failed since the vault was last opened.</source>
        <translation>
            <numerusform>لم تفشل أي محاولة فتح منذ آخر مرة فُتحت فيها الخزنة.</numerusform>
            <numerusform>فشلت محاولة فتح واحدة منذ آخر مرة فُتحت فيها الخزنة.</numerusform>
            <numerusform>فشلت محاولتا فتح منذ آخر مرة فُتحت فيها الخزنة.</numerusform>
            <numerusform>فشلت %n محاولات فتح منذ آخر مرة فُتحت فيها الخزنة.</numerusform>
            <numerusform>فشلت %n محاولة فتح منذ آخر مرة فُتحت فيها الخزنة.</numerusform>
            <numerusform>فشلت %n محاولة فتح منذ آخر مرة فُتحت فيها الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-unlock guard was removed or changed while the vault was locked; it has been restored. Someone may have tried to guess your passphrase.</source>
        <translation>أُزيل عدّاد محاولات الفتح الفاشلة أو غُيّر أثناء قفل الخزنة؛ وقد أُعيد إلى وضعه. ربما حاول أحدهم تخمين عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>Locked after a period without activity.</source>
        <translation>قُفلت بعد فترة من عدم النشاط.</translation>
    </message>
    <message>
        <source>Your vault is locked.</source>
        <translation>خزنتك مقفلة.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n min idle</source>
        <translation>
            <numerusform>تُقفل فورًا عند الخمول</numerusform>
            <numerusform>تُقفل بعد دقيقة خمول واحدة</numerusform>
            <numerusform>تُقفل بعد دقيقتي خمول</numerusform>
            <numerusform>تُقفل بعد %n دقائق خمول</numerusform>
            <numerusform>تُقفل بعد %n دقيقة خمول</numerusform>
            <numerusform>تُقفل بعد %n دقيقة خمول</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock is off</source>
        <translation>القفل التلقائي معطّل</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>القفل التلقائي</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without activity (0 turns it off):</source>
        <translation>قفل الخزنة بعد هذا العدد من دقائق عدم النشاط (0 يعطّله):</translation>
    </message>
    <message>
        <source>Turn auto-lock off?</source>
        <translation>تعطيل القفل التلقائي؟</translation>
    </message>
    <message>
        <source>An unattended, unlocked laptop exposes everything in the vault. Turn auto-lock off anyway?</source>
        <translation>الحاسوب المحمول المفتوح دون رقيب يكشف كل ما في الخزنة. هل تريد تعطيل القفل التلقائي رغم ذلك؟</translation>
    </message>
    <message numerus="yes">
        <source>%n unlock attempt(s) left before the vault is erased.</source>
        <translation>
            <numerusform>لم تبقَ أي محاولة فتح قبل مسح الخزنة.</numerusform>
            <numerusform>بقيت محاولة فتح واحدة قبل مسح الخزنة.</numerusform>
            <numerusform>بقيت محاولتا فتح قبل مسح الخزنة.</numerusform>
            <numerusform>بقيت %n محاولات فتح قبل مسح الخزنة.</numerusform>
            <numerusform>بقيت %n محاولة فتح قبل مسح الخزنة.</numerusform>
            <numerusform>بقيت %n محاولة فتح قبل مسح الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>مسح طارئ</translation>
    </message>
    <message>
        <source>Destroy this vault now? Its keys are destroyed first, then its files. Nobody, you included, can open it again: only a backup kept elsewhere survives.</source>
        <translation>هل تريد إتلاف هذه الخزنة الآن؟ تُتلف مفاتيحها أولًا ثم ملفاتها. لن يتمكن أحد، وأنت منهم، من فتحها مجددًا: لا يبقى إلا نسخة احتياطية محفوظة في مكان آخر.</translation>
    </message>
    <message>
        <source>Erase after failed unlocks</source>
        <translation>المسح بعد محاولات فتح فاشلة</translation>
    </message>
    <message>
        <source>Erase the vault after this many failed unlock attempts in a row (0 turns it off):</source>
        <translation>مسح الخزنة بعد هذا العدد من محاولات الفتح الفاشلة المتتالية (0 يعطّله):</translation>
    </message>
    <message>
        <source>Should the panic exit ({shortcut}) also ERASE the vault, with no undo?</source>
        <translation>هل يجب أن يمسح الخروج الطارئ ({shortcut}) الخزنة أيضًا، دون إمكانية التراجع؟</translation>
    </message>
    <message>
        <source>Safety settings</source>
        <translation>إعدادات الأمان</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>a hit was opened (payload: SearchHit).</extracomment>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message numerus="yes">
        <source>The %n best matches for “{query}”: scroll for more, or add a word to narrow the search.</source>
        <translation>
            <numerusform>أفضل النتائج (%n) عن «{query}»: مرِّر لعرض المزيد، أو أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>أفضل النتائج (%n) عن «{query}»: مرِّر لعرض المزيد، أو أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>أفضل النتائج (%n) عن «{query}»: مرِّر لعرض المزيد، أو أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>أفضل النتائج (%n) عن «{query}»: مرِّر لعرض المزيد، أو أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>أفضل النتائج (%n) عن «{query}»: مرِّر لعرض المزيد، أو أضف كلمة لتضييق البحث.</numerusform>
            <numerusform>أفضل النتائج (%n) عن «{query}»: مرِّر لعرض المزيد، أو أضف كلمة لتضييق البحث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result for “{query}”</source>
        <translation>
            <numerusform>لا نتائج عن «{query}»</numerusform>
            <numerusform>نتيجة واحدة عن «{query}»</numerusform>
            <numerusform>نتيجتان عن «{query}»</numerusform>
            <numerusform>%n نتائج عن «{query}»</numerusform>
            <numerusform>%n نتيجة عن «{query}»</numerusform>
            <numerusform>%n نتيجة عن «{query}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “{query}”</source>
        <translation>
            <numerusform>لا نتائج عن «{query}»</numerusform>
            <numerusform>نتيجة واحدة عن «{query}»</numerusform>
            <numerusform>نتيجتان عن «{query}»</numerusform>
            <numerusform>%n نتائج عن «{query}»</numerusform>
            <numerusform>%n نتيجة عن «{query}»</numerusform>
            <numerusform>%n نتيجة عن «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Every word must appear (or start a word).</source>
        <translation>لم يُعثر على شيء عن «{query}». يجب أن تظهر كل كلمة (أو أن تبدأ بها كلمة).</translation>
    </message>
    <message>
        <source>Search failed: {error}.</source>
        <translation>فشل البحث: {error}.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>عبارة المرور أو مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>This is the recovery key</source>
        <translation>هذا مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit round</source>
        <translation>تعديل الجولة</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>جولة جديدة</translation>
    </message>
    <message>
        <source>optional, e.g. Workshop on water sharing</source>
        <translation>اختياري، مثال: ورشة عمل عن تقاسم المياه</translation>
    </message>
    <message>
        <source>Participants who attended</source>
        <translation>المشاركون الحاضرون</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>الحضور</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Delete round…</source>
        <translation>حذف الجولة…</translation>
    </message>
    <message>
        <source>Export the round as PDF…</source>
        <translation>تصدير الجولة كملف PDF…</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>تعديل الجولة</translation>
    </message>
    <message>
        <source>nobody recorded yet</source>
        <translation>لم يُسجَّل أحد بعد</translation>
    </message>
    <message>
        <source>Attended: {names}</source>
        <translation>الحضور: {names}</translation>
    </message>
    <message>
        <source>Note on round {round_no}</source>
        <translation>ملاحظة عن الجولة {round_no}</translation>
    </message>
    <message>
        <source>Round {round_no}</source>
        <translation>الجولة {round_no}</translation>
    </message>
    <message>
        <source>Its notes go too.</source>
        <translation>تُحذف ملاحظاتها معها.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a paper</source>
        <extracomment>a packet was written (payload: SharedPacket).</extracomment>
        <translation>مشاركة ورقة</translation>
    </message>
    <message>
        <source>The paper is sealed so that only the people listed below (and you) can open it. The packet can travel by any route: nobody else can read it or change it unseen.</source>
        <translation>تُختم الورقة بحيث لا يفتحها إلا الأشخاص المذكورون أدناه (وأنت). يمكن أن تنتقل الحزمة بأي طريق: لا يستطيع أحد غيرهم قراءتها أو تغييرها دون أن يُكشف ذلك.</translation>
    </message>
    <message>
        <source>Paper to share</source>
        <translation>الورقة المراد مشاركتها</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>فريق عمل</translation>
    </message>
    <message>
        <source>Chosen contacts</source>
        <translation>جهات اتصال مختارة</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>فريق العمل</translation>
    </message>
    <message>
        <source>Contacts to share with</source>
        <translation>جهات الاتصال التي ستُشارَك معها</translation>
    </message>
    <message>
        <source>  (not verified)</source>
        <translation>  (غير موثَّق)</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>لا توجد فرق عمل بعد</translation>
    </message>
    <message>
        <source>Who will receive it</source>
        <translation>من سيتلقّاها</translation>
    </message>
    <message>
        <source>Seal it for the unverified contacts anyway</source>
        <translation>اختمها رغم ذلك لجهات الاتصال غير الموثَّقة</translation>
    </message>
    <message>
        <source>Share beyond the compartment anyway (this is written to the audit log)</source>
        <translation>المشاركة خارج الحيّز رغم ذلك (يُدوَّن هذا في سجل التدقيق)</translation>
    </message>
    <message>
        <source>The exchange folder ({folder})</source>
        <translation>مجلد التبادل ({folder})</translation>
    </message>
    <message>
        <source>The exchange folder (not set)</source>
        <translation>مجلد التبادل (غير محدد)</translation>
    </message>
    <message>
        <source>Set it on the Exchange page.</source>
        <translation>حدّده في صفحة «التبادل».</translation>
    </message>
    <message>
        <source>A file I choose</source>
        <translation>ملف أختاره</translation>
    </message>
    <message>
        <source>Packet file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Where to write the packet</source>
        <translation>أين تُكتب الحزمة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ورقة</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>المشاركة مع</translation>
    </message>
    <message>
        <source>Receives it</source>
        <translation>يتلقّاها</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>الكتابة إلى</translation>
    </message>
    <message>
        <source>Seal and write packet</source>
        <translation>ختم الحزمة وكتابتها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>⛔  {name} — KEYS CHANGED: re-verify in Contacts before sharing</source>
        <translation>⛔  {name} — تغيّرت المفاتيح: أعد التحقق في «جهات الاتصال» قبل المشاركة</translation>
    </message>
    <message>
        <source>✓  {name} — verified</source>
        <translation>✓  {name} — موثَّق</translation>
    </message>
    <message>
        <source>⚠  {name} — NOT VERIFIED: fingerprint not compared yet</source>
        <translation>⚠  {name} — غير موثَّق: لم تُقارَن البصمة بعد</translation>
    </message>
    <message>
        <source>✗  {name} — no contact card: will NOT receive it</source>
        <translation>✗  {name} — لا بطاقة جهة اتصال: لن يتلقّاها</translation>
    </message>
    <message>
        <source>Nobody yet: choose a working group or contacts.</source>
        <translation>لا أحد بعد: اختر فريق عمل أو جهات اتصال.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient is not verified: if a card is not really theirs, someone else could read the paper.</source>
        <translation>
            <numerusform>لا مستلمين غير موثَّقين.</numerusform>
            <numerusform>مستلم واحد غير موثَّق: إن لم تكن بطاقته له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>مستلمان غير موثَّقين: إن لم تكن بطاقة أحدهما له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>%n مستلمين غير موثَّقين: إن لم تكن بطاقة أحدهم له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>%n مستلمًا غير موثَّقين: إن لم تكن بطاقة أحدهم له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>%n مستلم غير موثَّقين: إن لم تكن بطاقة أحدهم له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients are not verified: if a card is not really theirs, someone else could read the paper.</source>
        <translation>
            <numerusform>لا مستلمين غير موثَّقين.</numerusform>
            <numerusform>مستلم واحد غير موثَّق: إن لم تكن بطاقته له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>مستلمان غير موثَّقين: إن لم تكن بطاقة أحدهما له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>%n مستلمين غير موثَّقين: إن لم تكن بطاقة أحدهم له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>%n مستلمًا غير موثَّقين: إن لم تكن بطاقة أحدهم له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
            <numerusform>%n مستلم غير موثَّقين: إن لم تكن بطاقة أحدهم له حقًا، فقد يقرأ شخص آخر الورقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member has no contact card and will not receive it.</source>
        <translation>
            <numerusform>كل الأعضاء لديهم بطاقات.</numerusform>
            <numerusform>عضو واحد ليست لديه بطاقة جهة اتصال ولن يتلقّاها.</numerusform>
            <numerusform>عضوان ليست لديهما بطاقة جهة اتصال ولن يتلقّياها.</numerusform>
            <numerusform>%n أعضاء ليست لديهم بطاقة جهة اتصال ولن يتلقّوها.</numerusform>
            <numerusform>%n عضوًا ليست لديهم بطاقة جهة اتصال ولن يتلقّوها.</numerusform>
            <numerusform>%n عضو ليست لديهم بطاقة جهة اتصال ولن يتلقّوها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members have no contact card and will not receive it.</source>
        <translation>
            <numerusform>كل الأعضاء لديهم بطاقات.</numerusform>
            <numerusform>عضو واحد ليست لديه بطاقة جهة اتصال ولن يتلقّاها.</numerusform>
            <numerusform>عضوان ليست لديهما بطاقة جهة اتصال ولن يتلقّياها.</numerusform>
            <numerusform>%n أعضاء ليست لديهم بطاقة جهة اتصال ولن يتلقّوها.</numerusform>
            <numerusform>%n عضوًا ليست لديهم بطاقة جهة اتصال ولن يتلقّوها.</numerusform>
            <numerusform>%n عضو ليست لديهم بطاقة جهة اتصال ولن يتلقّوها.</numerusform>
        </translation>
    </message>
    <message>
        <source>This paper may go only to </source>
        <translation>لا يجوز أن تذهب هذه الورقة إلا إلى </translation>
    </message>
    <message>
        <source>. Outside them: </source>
        <translation>. خارج هذا النطاق: </translation>
    </message>
    <message>
        <source>Write the packet to</source>
        <translation>كتابة الحزمة إلى</translation>
    </message>
    <message>
        <source>Quietroom packets (*.qrp)</source>
        <translation>حزم Quietroom (*.qrp)</translation>
    </message>
    <message>
        <source>Sealing “{title}”…</source>
        <translation>جارٍ ختم «{title}»…</translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n contact and written to {path}.</source>
        <translation>
            <numerusform>خُتمت ولم تُوجَّه لأي جهة اتصال، وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لجهة اتصال واحدة وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لجهتي اتصال وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لـ %n جهات اتصال وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لـ %n جهة اتصال وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لـ %n جهة اتصال وكُتبت في {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n contacts and written to {path}.</source>
        <translation>
            <numerusform>خُتمت ولم تُوجَّه لأي جهة اتصال، وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لجهة اتصال واحدة وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لجهتي اتصال وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لـ %n جهات اتصال وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لـ %n جهة اتصال وكُتبت في {path}.</numerusform>
            <numerusform>خُتمت لـ %n جهة اتصال وكُتبت في {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Cancelled: no packet was written.</source>
        <translation>أُلغي: لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Not sealed: {text}.</source>
        <translation>لم تُختم: {text}.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Quietroom</source>
        <extracomment>the vault opened (payload: the OpenVault). called on the unlocking worker before the key derivation starts (the root window loads the workspace&apos;s code there: docs/performance.md, &quot;Unlock to workspace&quot;).</extracomment>
        <translation>Quietroom</translation>
    </message>
    <message>
        <source>Your vault is locked.</source>
        <translation>خزنتك مقفلة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Type your passphrase</source>
        <translation>اكتب عبارة المرور</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>استخدام مفتاح الاسترداد بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-…  (case, spaces and dashes do not matter)</source>
        <translation>XXXXX-XXXXX-…  (لا أهمية لحالة الأحرف والمسافات والشرطات)</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>استخدام عبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>اكتب مفتاح الاسترداد أولًا.</translation>
    </message>
    <message>
        <source>Deriving the key from your passphrase…</source>
        <translation>جارٍ اشتقاق المفتاح من عبارة المرور…</translation>
    </message>
    <message>
        <source>Updating how this vault is stored (after an update of Quietroom, or to give back the space of deleted records). A large vault can take a minute or two…</source>
        <translation>جارٍ تحديث طريقة تخزين هذه الخزنة (بعد تحديث Quietroom، أو لاستعادة المساحة التي شغلتها السجلات المحذوفة). قد تستغرق الخزنة الكبيرة دقيقة أو دقيقتين…</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح هذه الخزنة. تحقّق من تخطيط لوحة المفاتيح ومن مفتاح Caps Lock، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>عبارة المرور هذه لا تفتح هذه الخزنة. تحقّق من تخطيط لوحة المفاتيح ومن مفتاح Caps Lock، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The vault is damaged: {error}. Restore it from a backup.</source>
        <translation>الخزنة تالفة: {error}. استعدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault could not be opened: {error}.</source>
        <translation>تعذّر فتح الخزنة: {error}.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Compare fingerprints with {name}</source>
        <translation>مقارنة البصمات مع {name}</translation>
    </message>
    <message>
        <source>Ask {name} to open Quietroom and read out their own fingerprint, in person or on a call where you recognise their voice. Type each group as you hear it. Never take the digits from the same message that brought the card.</source>
        <translation>اطلب من {name} أن يفتح Quietroom ويقرأ لك بصمته بنفسه، وجهًا لوجه أو في مكالمة تعرف فيها صوته. اكتب كل مجموعة كما تسمعها. لا تأخذ الأرقام أبدًا من الرسالة نفسها التي حملت البطاقة.</translation>
    </message>
    <message>
        <source>On the card you hold</source>
        <translation>على البطاقة التي لديك</translation>
    </message>
    <message>
        <source>What they read out</source>
        <translation>ما قرأه لك</translation>
    </message>
    <message>
        <source>Group {number} on the card</source>
        <translation>المجموعة {number} على البطاقة</translation>
    </message>
    <message>
        <source>Group {number} as read out</source>
        <translation>المجموعة {number} كما قُرئت</translation>
    </message>
    <message>
        <source>Mark as verified…</source>
        <translation>اعتبارها موثَّقة…</translation>
    </message>
    <message>
        <source>Group {listed} does not match. Do not verify: check you heard it right, and if it still differs, this card may not be theirs.</source>
        <translation>المجموعة {listed} غير مطابقة. لا توثّقها: تأكّد من أنك سمعتها جيدًا، وإن ظل الاختلاف قائمًا فقد لا تكون هذه البطاقة بطاقته.</translation>
    </message>
    <message>
        <source>Groups {listed} do not match. Do not verify: check you heard it right, and if it still differs, this card may not be theirs.</source>
        <translation>المجموعات {listed} غير مطابقة. لا توثّقها: تأكّد من أنك سمعتها جيدًا، وإن ظل الاختلاف قائمًا فقد لا تكون هذه البطاقة بطاقته.</translation>
    </message>
    <message>
        <source>Every group matches.</source>
        <translation>كل المجموعات مطابقة.</translation>
    </message>
    <message>
        <source>Fill in all twelve groups to compare.</source>
        <translation>املأ المجموعات الاثنتي عشرة كلها للمقارنة.</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>اعتبارها موثَّقة</translation>
    </message>
    <message>
        <source>Mark {name} as verified? Do this only if the digits came from {name} directly, in person or by voice.</source>
        <translation>هل تعتبر {name} موثَّقًا؟ لا تفعل ذلك إلا إذا جاءت الأرقام من {name} مباشرة، وجهًا لوجه أو صوتيًا.</translation>
    </message>
    <message>
        <source>Not verified: {exc}.</source>
        <translation>لم يتم التحقق: {exc}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>مشاركة…</translation>
    </message>
    <message>
        <source>Seal the chosen paper for a working group or contacts</source>
        <translation>ختم الورقة المختارة لفريق عمل أو لجهات اتصال</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>الحوارات</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>فرق العمل</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>_NewPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>At least 12 characters and a “strong” rating.</source>
        <translation>12 حرفًا على الأقل وقوة «قوية».</translation>
    </message>
    <message>
        <source>Too weak. {advice}</source>
        <translation>ضعيفة جدًا. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>قوية بما يكفي.</translation>
    </message>
    <message>
        <source>Deriving the new key (a few seconds)…</source>
        <translation>جارٍ اشتقاق المفتاح الجديد (بضع ثوانٍ)…</translation>
    </message>
</context>
</TS>
