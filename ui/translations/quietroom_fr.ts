<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Backups</name>
    <message>
        <source>Quietroom backups (*{suffix});;All files (*)</source>
        <translation>Sauvegardes Quietroom (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up the vault to a file</source>
        <translation>Sauvegarder le coffre dans un fichier</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Écriture de la sauvegarde chiffrée…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <source>The backup is written and encrypted ({size} of records, {when} UTC). It opens with your passphrase or your recovery key. Keep it on a drive stored apart from this computer, and check it from time to time (Check a backup…).</source>
        <translation>La sauvegarde est écrite et chiffrée ({size} d&apos;enregistrements, {when} UTC). Elle s&apos;ouvre avec votre phrase de passe ou votre clé de récupération. Gardez-la sur un disque rangé loin de cet ordinateur, et vérifiez-la de temps en temps (Vérifier une sauvegarde…).</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>The passphrase of the vault this backup was made from (as it was then), or its recovery key.</source>
        <translation>La phrase de passe du coffre dont provient cette sauvegarde (telle qu&apos;elle était alors), ou sa clé de récupération.</translation>
    </message>
    <message>
        <source>Checking every part of the backup…</source>
        <translation>Vérification de chaque partie de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup made {when} UTC restores: every part is authentic and its database is intact.

Dialogues: {dialogues} · Rounds: {sessions} · People: {people} · Notes: {notes} · Papers: {papers}</source>
        <translation>La sauvegarde du {when} UTC se restaure&#xa0;: chaque partie est authentique et sa base de données est intacte.

Dialogues&#xa0;: {dialogues} · Séances&#xa0;: {sessions} · Personnes&#xa0;: {people} · Notes&#xa0;: {notes} · Documents&#xa0;: {papers}</translation>
    </message>
    <message>
        <source>Its audit log does not verify: records were changed outside Quietroom before the backup was made.</source>
        <translation>Son journal d&apos;audit ne se vérifie pas&#xa0;: des enregistrements ont été modifiés hors de Quietroom avant la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation>Sauvegarde vérifiée</translation>
    </message>
    <message>
        <source>Checking every page of the vault…</source>
        <translation>Vérification de chaque page du coffre…</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Coffre vérifié</translation>
    </message>
    <message>
        <source>Every page of the vault is authentic and its database is intact. The audit log&apos;s chain of {count} entries verifies: nothing was changed outside Quietroom.</source>
        <translation>Chaque page du coffre est authentique et sa base de données est intacte. La chaîne du journal d&apos;audit ({count} entrées) se vérifie&#xa0;: rien n&apos;a été modifié hors de Quietroom.</translation>
    </message>
    <message>
        <source>The vault&apos;s database failed its integrity check ({count} problem(s)): restore it from a backup, and keep this copy for inspection.</source>
        <translation>La base de données du coffre a échoué au contrôle d&apos;intégrité ({count} problème(s))&#xa0;: restaurez-la depuis une sauvegarde, et gardez cette copie pour examen.</translation>
    </message>
    <message>
        <source>The audit log does not verify (from entry {seq}): records were changed outside Quietroom, or the log was cut.</source>
        <translation>Le journal d&apos;audit ne se vérifie pas (à partir de l&apos;entrée {seq})&#xa0;: des enregistrements ont été modifiés hors de Quietroom, ou le journal a été tronqué.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The passphrase of the vault this backup was made from, or its recovery key. The restored vault opens with the same ones.</source>
        <translation>La phrase de passe du coffre dont provient cette sauvegarde, ou sa clé de récupération. Le coffre restauré s&apos;ouvre avec les mêmes.</translation>
    </message>
    <message>
        <source>Restoring the vault…</source>
        <translation>Restauration du coffre…</translation>
    </message>
    <message>
        <source>Quietroom</source>
        <translation>Quietroom</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>Code QR de votre carte de contact</translation>
    </message>
    <message>
        <source>Copy card as text</source>
        <translation>Copier la carte sous forme de texte</translation>
    </message>
    <message>
        <source>Save card to a file…</source>
        <translation>Enregistrer la carte dans un fichier…</translation>
    </message>
    <message>
        <source>Save your contact card</source>
        <translation>Enregistrer votre carte de contact</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Carte non enregistrée</translation>
    </message>
    <message>
        <source>The card was not saved: {exc}.</source>
        <translation>La carte n&apos;a pas été enregistrée&#xa0;: {exc}.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Only the passphrase&apos;s key slot is rewritten: the records are not touched, and backups made before keep opening with the old passphrase.</source>
        <translation>Seul l&apos;emplacement de clé de la phrase de passe est réécrit&#xa0;: les enregistrements ne sont pas touchés, et les sauvegardes faites avant continuent de s&apos;ouvrir avec l&apos;ancienne phrase de passe.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>I give the recovery key instead</source>
        <translation>Je donne plutôt la clé de récupération</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <source>Conflict {number}</source>
        <translation>Conflit {number}</translation>
    </message>
    <message>
        <source>Conflict {number}: your text</source>
        <translation>Conflit {number}&#xa0;: votre texte</translation>
    </message>
    <message>
        <source>Conflict {number}: the co-drafter&apos;s text</source>
        <translation>Conflit {number}&#xa0;: le texte du co-rédacteur</translation>
    </message>
    <message>
        <source>Conflict {number}: your own wording</source>
        <extracomment>the box&apos;s widgets in the order Tab visits them.</extracomment>
        <translation>Conflit {number}&#xa0;: votre propre formulation</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Pas encore résolu</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre le sien</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Write my own…</source>
        <translation>Écrire ma propre version…</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Le sien</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>Votre version gardée</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>Sa version retenue</translation>
    </message>
    <message>
        <source>Kept both</source>
        <translation>Les deux gardées</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Votre propre formulation</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <source>Fingerprint on their card</source>
        <translation>Empreinte figurant sur sa carte</translation>
    </message>
    <message>
        <source>Contact fingerprint</source>
        <translation>Empreinte du contact</translation>
    </message>
    <message>
        <source>Compare fingerprints…</source>
        <translation>Comparer les empreintes…</translation>
    </message>
    <message>
        <source>Withdraw verification…</source>
        <translation>Retirer la vérification…</translation>
    </message>
    <message>
        <source>NEW fingerprint on the card that just arrived</source>
        <translation>NOUVELLE empreinte sur la carte qui vient d&apos;arriver</translation>
    </message>
    <message>
        <source>New contact fingerprint</source>
        <translation>Nouvelle empreinte du contact</translation>
    </message>
    <message>
        <source>New fingerprint matches: accept…</source>
        <translation>La nouvelle empreinte correspond&#xa0;: accepter…</translation>
    </message>
    <message>
        <source>Keep the old keys</source>
        <translation>Garder les anciennes clés</translation>
    </message>
    <message>
        <source>Choose a contact to see their fingerprint and verify it.</source>
        <translation>Choisissez un contact pour voir son empreinte et la vérifier.</translation>
    </message>
    <message>
        <source>OLD fingerprint (the keys you had)</source>
        <translation>ANCIENNE empreinte (les clés que vous aviez)</translation>
    </message>
    <message>
        <source>⚠ Keys changed. A card with other keys arrived for this contact. Nothing is sealed to them until you compare the NEW fingerprint with them (in person or by voice) and accept it. If they did not change keys, keep the old ones.</source>
        <translation>⚠ Clés modifiées. Une carte portant d&apos;autres clés est arrivée pour ce contact. Rien ne lui est scellé tant que vous n&apos;avez pas comparé la NOUVELLE empreinte avec lui (en personne ou de vive voix) et ne l&apos;avez pas acceptée. S&apos;il n&apos;a pas changé de clés, gardez les anciennes.</translation>
    </message>
    <message>
        <source>✓ Verified on {stamp}: you compared this fingerprint.</source>
        <translation>✓ Vérifié le {stamp}&#xa0;: vous avez comparé cette empreinte.</translation>
    </message>
    <message>
        <source>⚠ Not verified. Compare this fingerprint with them (in person or by voice) before you trust packets from them or send them anything sensitive.</source>
        <translation>⚠ Non vérifié. Comparez cette empreinte avec lui (en personne ou de vive voix) avant de vous fier à ses paquets ou de lui envoyer quoi que ce soit de sensible.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <extracomment>contacts were added or their state changed (payload: nothing).</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>People whose keys you hold. A contact stays unverified until you compare fingerprints with them.</source>
        <translation>Les personnes dont vous détenez les clés. Un contact reste non vérifié tant que vous n&apos;avez pas comparé vos empreintes.</translation>
    </message>
    <message>
        <source>Import a card…</source>
        <translation>Importer une carte…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fingerprint starts</source>
        <translation>Début de l&apos;empreinte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>No contacts yet. Import the card of someone you work with (a file or pasted text), then compare fingerprints with them.</source>
        <translation>Aucun contact pour l&apos;instant. Importez la carte d&apos;une personne avec qui vous travaillez (fichier ou texte collé), puis comparez vos empreintes.</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Votre carte</translation>
    </message>
    <message>
        <source>Give this to the people you work with: as a file, as text, or as the QR code. They compare the fingerprint with you before trusting it.</source>
        <translation>Donnez-la aux personnes avec qui vous travaillez&#xa0;: en fichier, en texte ou en code QR. Elles comparent l&apos;empreinte avec vous avant de s&apos;y fier.</translation>
    </message>
    <message>
        <source>⚠ {name}&apos;s keys changed. Nothing will be sealed to them until you compare the new fingerprint with them and accept it.</source>
        <translation>⚠ Les clés de {name} ont changé. Rien ne lui sera scellé tant que vous n&apos;aurez pas comparé la nouvelle empreinte avec cette personne et ne l&apos;aurez pas acceptée.</translation>
    </message>
    <message>
        <source>{name} is a contact now, not verified yet. Compare fingerprints with them before you rely on it.</source>
        <translation>{name} est maintenant un contact, pas encore vérifié. Comparez vos empreintes avant de vous y fier.</translation>
    </message>
    <message>
        <source>{name} is verified.</source>
        <translation>{name} est vérifié.</translation>
    </message>
    <message>
        <source>Accept the new keys</source>
        <translation>Accepter les nouvelles clés</translation>
    </message>
    <message>
        <source>Did {name} read you the NEW fingerprint, digit for digit, in person or by a voice you recognise? Only then accept it.</source>
        <translation>{name} vous a-t-il lu la NOUVELLE empreinte, chiffre par chiffre, en personne ou d&apos;une voix que vous reconnaissez&#xa0;? Seulement alors, acceptez-la.</translation>
    </message>
    <message>
        <source>Not changed: {exc}.</source>
        <translation>Non modifié&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>{name}&apos;s new keys are accepted and verified.</source>
        <translation>Les nouvelles clés de {name} sont acceptées et vérifiées.</translation>
    </message>
    <message>
        <source>{name} keeps the old keys; the new card was discarded.</source>
        <translation>{name} garde les anciennes clés&#xa0;; la nouvelle carte a été écartée.</translation>
    </message>
    <message>
        <source>Withdraw verification</source>
        <translation>Retirer la vérification</translation>
    </message>
    <message>
        <source>Mark {name} as not verified? Do this if you doubt the card is theirs; you can compare fingerprints again later.</source>
        <translation>Marquer {name} comme non vérifié&#xa0;? Faites-le si vous doutez que la carte soit la sienne&#xa0;; vous pourrez comparer les empreintes à nouveau plus tard.</translation>
    </message>
    <message>
        <source>{name} is no longer verified.</source>
        <translation>{name} n&apos;est plus vérifié.</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Delete “{name}” for good? It is removed from the vault with secure delete and cannot be brought back; backups made before still hold it.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» pour de bon&#xa0;? Il est retiré du coffre avec effacement sécurisé et ne peut pas être récupéré&#xa0;; les sauvegardes faites avant le contiennent encore.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Details</source>
        <extracomment>The kinds of record that can carry a keep-until date (``app.retention``), by type.</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Sélectionnez un élément pour en voir les détails.</translation>
    </message>
    <message>
        <source>Deleted after</source>
        <translation>Supprimé après le</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Shared only with</source>
        <translation>Partagé seulement avec</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Round {round_no}</source>
        <translation>Séance {round_no}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>DialogueDialog</name>
    <message>
        <source>Edit dialogue</source>
        <translation>Modifier le dialogue</translation>
    </message>
    <message>
        <source>New dialogue</source>
        <translation>Nouveau dialogue</translation>
    </message>
    <message>
        <source>e.g. Upper valley water dialogue</source>
        <translation>p. ex. Dialogue sur l&apos;eau de la haute vallée</translation>
    </message>
    <message>
        <source>Who convenes it, the sides, the question it works on</source>
        <translation>Qui le convoque, les parties, la question sur laquelle il porte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>DialoguePage</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>No rounds yet. Add the first round (a workshop or a meeting) with “New round”.</source>
        <translation>Aucune séance pour l&apos;instant. Ajoutez la première (un atelier ou une réunion) avec «&#xa0;Nouvelle séance&#xa0;».</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Notes on the whole dialogue</source>
        <translation>Notes sur l&apos;ensemble du dialogue</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>Note sur {title}</translation>
    </message>
    <message>
        <source>Its rounds and all their notes go too. Its papers stay in the vault, no longer linked to it.</source>
        <translation>Ses séances et toutes leurs notes sont supprimées aussi. Ses documents restent dans le coffre, sans lien avec lui.</translation>
    </message>
</context>
<context>
    <name>DialoguesPage</name>
    <message>
        <source>Dialogues</source>
        <extracomment>open a dialogue (payload: its id). records changed; navigation should reload.</extracomment>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Each dialogue is a process that runs over many rounds.</source>
        <translation>Chaque dialogue est un processus qui se déroule sur de nombreuses séances.</translation>
    </message>
    <message>
        <source>New dialogue</source>
        <translation>Nouveau dialogue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>No dialogues yet. Create one for each process you facilitate; its rounds, participants&apos; notes and papers are kept with it.</source>
        <translation>Aucun dialogue pour l&apos;instant. Créez-en un pour chaque processus que vous facilitez&#xa0;; ses séances, les notes et les documents y sont conservés.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Comparison of two revisions</source>
        <translation>Comparaison de deux révisions</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Proposals written with a co-drafter: every saved version is kept, changes travel as sealed packets, and nothing the other side wrote is ever merged silently.</source>
        <translation>Propositions rédigées avec un co-rédacteur&#xa0;: chaque version enregistrée est conservée, les modifications circulent en paquets scellés, et rien de ce que l&apos;autre partie a écrit n&apos;est jamais fusionné en silence.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>No draft proposals yet. A proposal keeps every version of a text you write with a co-drafter from the other side.</source>
        <translation>Aucun projet de proposition pour l&apos;instant. Une proposition conserve chaque version d&apos;un texte que vous rédigez avec un co-rédacteur de l&apos;autre partie.</translation>
    </message>
    <message>
        <source>Draft proposals</source>
        <translation>Projets de proposition</translation>
    </message>
    <message>
        <source>Status of the proposal</source>
        <translation>Statut de la proposition</translation>
    </message>
    <message>
        <source>Send to co-drafter…</source>
        <translation>Envoyer au co-rédacteur…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Text of the current revision</source>
        <translation>Texte de la révision actuelle</translation>
    </message>
    <message>
        <source>What changed (e.g. &apos;Softened clause 3&apos;)</source>
        <translation>Ce qui a changé (p. ex. «&#xa0;Clause 3 adoucie&#xa0;»)</translation>
    </message>
    <message>
        <source>Revision message</source>
        <translation>Message de révision</translation>
    </message>
    <message>
        <source>Save as a new revision</source>
        <translation>Enregistrer comme nouvelle révision</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Comparer depuis la révision</translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation>Comparer avec la révision</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The text of “{title}” has changes not saved as a revision. Leave them and show the other proposal?</source>
        <translation>Le texte de «&#xa0;{title}&#xa0;» contient des modifications non enregistrées comme révision. Les abandonner et afficher l&apos;autre proposition&#xa0;?</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>Co-drafter: {name} ({verified})</source>
        <translation>Co-rédacteur&#xa0;: {name} ({verified})</translation>
    </message>
    <message>
        <source>No co-drafter yet: choose one when you first send.</source>
        <translation>Pas encore de co-rédacteur&#xa0;: choisissez-en un lors du premier envoi.</translation>
    </message>
    <message>
        <source>{author} sent a revision that diverges from yours (“{message}”).</source>
        <translation>{author} a envoyé une révision qui diverge de la vôtre («&#xa0;{message}&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) were changed by both of you.</source>
        <translation>
            <numerusform>%n passage a été modifié par vous deux.</numerusform>
            <numerusform>%n passages ont été modifiés par vous deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>The changes do not overlap.</source>
        <translation>Les modifications ne se chevauchent pas.</translation>
    </message>
    <message>
        <source>This is the text you were typing when the vault locked ({when}); it is not saved as a revision yet.</source>
        <translation>Voici le texte que vous saisissiez quand le coffre s&apos;est verrouillé ({when})&#xa0;; il n&apos;est pas encore enregistré comme révision.</translation>
    </message>
    <message>
        <source>A newer revision has arrived since: compare with it before you save.</source>
        <translation>Une révision plus récente est arrivée depuis&#xa0;: comparez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Save the text as a revision first: the PDF holds saved revisions only.</source>
        <translation>Enregistrez d&apos;abord le texte comme révision&#xa0;: le PDF ne contient que des révisions enregistrées.</translation>
    </message>
    <message>
        <source>Every saved revision goes with it, and any text not saved as a revision. Your co-drafter keeps their copy; if they send the whole history again, it comes back.</source>
        <translation>Toutes les révisions enregistrées disparaissent avec elle, ainsi que tout texte non enregistré comme révision. Votre co-rédacteur garde sa copie&#xa0;; s&apos;il renvoie tout l&apos;historique, elle revient.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>Where should the packet go?</source>
        <translation>Où le paquet doit-il aller&#xa0;?</translation>
    </message>
    <message>
        <source> — sending…</source>
        <translation> — envoi en cours…</translation>
    </message>
    <message>
        <source> — sent</source>
        <translation> — envoyé</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase de passe de contrainte</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Quietroom, type this passphrase instead of yours: it destroys this vault for good, with no undo, and opens an empty vault with your name, which from then on looks like an ordinary one. Keep a backup somewhere safe. Setting it again replaces the previous one; the vault&apos;s files do not show whether one is set.</source>
        <translation>Si quelqu&apos;un vous force à déverrouiller Quietroom, tapez cette phrase de passe au lieu de la vôtre&#xa0;: elle détruit ce coffre pour de bon, sans retour possible, et ouvre un coffre vide à votre nom, qui a dès lors l&apos;air d&apos;un coffre ordinaire. Gardez une sauvegarde en lieu sûr. La définir à nouveau remplace la précédente&#xa0;; les fichiers du coffre ne montrent pas si elle existe.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Encore</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Phrase de passe de contrainte (encore)</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <extracomment>a packet&apos;s item was imported (payload: app.inbox.Imported). a contact was added from the inbox (payload: ContactView).</extracomment>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Packets travel as files through a folder you sync with the others (Syncthing, a network share, a USB stick). Nothing is imported until you accept it.</source>
        <translation>Les paquets voyagent sous forme de fichiers dans un dossier que vous synchronisez avec les autres (Syncthing, un partage réseau, une clé USB). Rien n&apos;est importé avant que vous l&apos;acceptiez.</translation>
    </message>
    <message>
        <source>Exchange folder:</source>
        <translation>Dossier d&apos;échange&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Dossier d&apos;échange</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir le dossier…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Who has seen what</source>
        <translation>Qui a vu quoi</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>pas encore défini</translation>
    </message>
    <message>
        <source>Choose the exchange folder</source>
        <translation>Choisir le dossier d&apos;échange</translation>
    </message>
    <message>
        <source>The folder was not changed: {exc}.</source>
        <translation>Le dossier n&apos;a pas été modifié&#xa0;: {exc}.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New working group</source>
        <translation>Nouveau groupe de travail</translation>
    </message>
    <message>
        <source>Members of the working group</source>
        <translation>Membres du groupe de travail</translation>
    </message>
    <message>
        <source>e.g. Water annex drafting group</source>
        <translation>p. ex. Groupe de rédaction de l&apos;annexe sur l&apos;eau</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who is in the group decides who may receive the papers kept for it: someone added here can be sent them from now on.</source>
        <translation>Les membres du groupe décident de qui peut recevoir les documents qui lui sont réservés&#xa0;: une personne ajoutée ici peut désormais les recevoir.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Papers are shared with a working group&apos;s members as sealed packets.</source>
        <translation>Les documents sont partagés avec les membres d&apos;un groupe de travail sous forme de paquets scellés.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Members…</source>
        <translation>Membres…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>No working groups yet. A group names the few people who receive a paper.</source>
        <translation>Aucun groupe de travail pour l&apos;instant. Un groupe désigne les quelques personnes qui reçoivent un document.</translation>
    </message>
    <message>
        <source>Its members stay in People. A paper that may be shared with this group and others stays restricted to the others.</source>
        <translation>Ses membres restent dans Personnes. Un document qui peut être partagé avec ce groupe et d&apos;autres reste réservé aux autres.</translation>
    </message>
</context>
<context>
    <name>ImportCardDialog</name>
    <message>
        <source>Import a contact card</source>
        <translation>Importer une carte de contact</translation>
    </message>
    <message>
        <source>Import card</source>
        <translation>Importer la carte</translation>
    </message>
    <message>
        <source>Paste the card text someone sent you, or open their card file. The contact stays unverified until you compare fingerprints with them.</source>
        <translation>Collez le texte de la carte qu&apos;on vous a envoyée, ou ouvrez son fichier. Le contact reste non vérifié tant que vous n&apos;avez pas comparé vos empreintes.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texte de la carte</translation>
    </message>
    <message>
        <source>Open a card file…</source>
        <translation>Ouvrir un fichier de carte…</translation>
    </message>
    <message>
        <source>Open a contact card</source>
        <translation>Ouvrir une carte de contact</translation>
    </message>
    <message>
        <source>Contact cards (*.qrcard *.txt);;All files (*)</source>
        <translation>Cartes de contact (*.qrcard *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Card file: {name}</source>
        <translation>Fichier de carte&#xa0;: {name}</translation>
    </message>
    <message>
        <source>paste a card or open a card file first</source>
        <translation>collez une carte ou ouvrez d&apos;abord un fichier de carte</translation>
    </message>
</context>
<context>
    <name>Import_dialog</name>
    <message>
        <source>cannot read &apos;{name}&apos;: {strerror}</source>
        <translation>impossible de lire «&#xa0;{name}&#xa0;»&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to be a contact card</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux pour être une carte de contact</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>⚠ Unknown sender</source>
        <translation>⚠ Expéditeur inconnu</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifié</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ Non vérifié</translation>
    </message>
    <message>
        <source>“{name}” (says)</source>
        <translation>«&#xa0;{name}&#xa0;» (selon le paquet)</translation>
    </message>
    <message>
        <source>{kind}: {title}{size}</source>
        <translation>{kind}&#xa0;: {title}{size}</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Check the folder</source>
        <extracomment>a packet&apos;s item was stored (payload: app.inbox.Imported). a contact was added while accepting a packet (payload: ContactView). files changed more recently than this are still being written by the sync tool</extracomment>
        <translation>Vérifier le dossier</translation>
    </message>
    <message>
        <source>Open a packet…</source>
        <translation>Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>No exchange folder yet. Choose the folder you sync with the others above, or open a packet file by hand.</source>
        <translation>Pas encore de dossier d&apos;échange. Choisissez ci-dessus le dossier que vous synchronisez avec les autres, ou ouvrez un fichier de paquet à la main.</translation>
    </message>
    <message>
        <source>Nothing for you in the exchange folder yet. Packets appear here when the sync tool brings them; you can also open a packet file by hand.</source>
        <translation>Rien pour vous dans le dossier d&apos;échange pour l&apos;instant. Les paquets apparaissent ici quand l&apos;outil de synchronisation les apporte&#xa0;; vous pouvez aussi ouvrir un fichier de paquet à la main.</translation>
    </message>
    <message>
        <source>Checking the exchange folder…</source>
        <translation>Vérification du dossier d&apos;échange…</translation>
    </message>
    <message numerus="yes">
        <source>%n packet for you</source>
        <translation>
            <numerusform>%n paquet pour vous</numerusform>
            <numerusform>%n paquets pour vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packets for you</source>
        <translation>
            <numerusform>%n paquet pour vous</numerusform>
            <numerusform>%n paquets pour vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed to others (left alone)</source>
        <translation>
            <numerusform>%n adressé à d&apos;autres (laissé de côté)</numerusform>
            <numerusform>%n adressés à d&apos;autres (laissés de côté)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked the folder: </source>
        <translation>Dossier vérifié&#xa0;: </translation>
    </message>
    <message>
        <source>Open a packet</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <source>Quietroom packets (*.qrp);;All files (*)</source>
        <translation>Paquets Quietroom (*.qrp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>“{file_name}” is not addressed to you.</source>
        <translation>«&#xa0;{file_name}&#xa0;» ne vous est pas adressé.</translation>
    </message>
    <message>
        <source>“{file_name}” is a packet you sealed yourself.</source>
        <translation>«&#xa0;{file_name}&#xa0;» est un paquet que vous avez scellé vous-même.</translation>
    </message>
    <message>
        <source>“{file_name}” was refused: {message}.</source>
        <translation>«&#xa0;{file_name}&#xa0;» a été refusé&#xa0;: {message}.</translation>
    </message>
    <message>
        <source>Opened “{file_name}”. Accept it to import it.</source>
        <translation>«&#xa0;{file_name}&#xa0;» est ouvert. Acceptez-le pour l&apos;importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n person not among your contacts</source>
        <translation>
            <numerusform>%n personne qui n&apos;est pas parmi vos contacts</numerusform>
            <numerusform>%n personnes qui ne sont pas parmi vos contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people not among your contacts</source>
        <translation>
            <numerusform>%n personne qui n&apos;est pas parmi vos contacts</numerusform>
            <numerusform>%n personnes qui ne sont pas parmi vos contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>personne d&apos;autre</translation>
    </message>
    <message>
        <source>Sent by someone who is not among your contacts (the packet says “{name}”; fingerprint {digits}). Accepting asks for their card first.</source>
        <translation>Envoyé par quelqu&apos;un qui n&apos;est pas parmi vos contacts (le paquet indique «&#xa0;{name}&#xa0;»&#xa0;; empreinte {digits}). Accepter demande d&apos;abord sa carte.</translation>
    </message>
    <message>
        <source>Sent by {name} (verified).</source>
        <translation>Envoyé par {name} (vérifié).</translation>
    </message>
    <message>
        <source>Sent by {name}, whose fingerprint you have not compared yet.</source>
        <translation>Envoyé par {name}, dont vous n&apos;avez pas encore comparé l&apos;empreinte.</translation>
    </message>
    <message>
        <source>{who} Also sealed for: {to}. File: {file_name}.</source>
        <translation>{who} Également scellé pour&#xa0;: {to}. Fichier&#xa0;: {file_name}.</translation>
    </message>
    <message>
        <source>Not declined: {exc}.</source>
        <translation>Non refusé&#xa0;: {exc}.</translation>
    </message>
    <message>
        <source>Declined “{file_name}”: nothing was imported. You can still accept it later.</source>
        <translation>«&#xa0;{file_name}&#xa0;» refusé&#xa0;: rien n&apos;a été importé. Vous pouvez encore l&apos;accepter plus tard.</translation>
    </message>
    <message>
        <source>Sender not verified</source>
        <translation>Expéditeur non vérifié</translation>
    </message>
    <message>
        <source>You have not compared {name}&apos;s fingerprint yet, so you cannot be sure this packet is from them. Import it anyway?</source>
        <translation>Vous n&apos;avez pas encore comparé l&apos;empreinte de {name}&#xa0;: vous ne pouvez donc pas être sûr que ce paquet vient de cette personne. L&apos;importer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>This packet comes from someone who is not among your contacts. It says it is from “{name}”. Import their card first (ask them for it by another route); it must carry this fingerprint:

</source>
        <translation>Ce paquet vient de quelqu&apos;un qui n&apos;est pas parmi vos contacts. Il dit venir de «&#xa0;{name}&#xa0;». Importez d&apos;abord sa carte (demandez-la par un autre moyen)&#xa0;; elle doit porter cette empreinte&#xa0;:

</translation>
    </message>
    <message>
        <source>Import the sender&apos;s card first</source>
        <translation>Importez d&apos;abord la carte de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Not imported: the sender&apos;s card is needed first.</source>
        <translation>Non importé&#xa0;: il faut d&apos;abord la carte de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Checking the packet against the card…</source>
        <translation>Vérification du paquet au regard de la carte…</translation>
    </message>
    <message>
        <source>The card you imported belongs to {name}, not to the sender of this packet. The packet was not imported.</source>
        <translation>La carte importée appartient à {name}, et non à l&apos;expéditeur de ce paquet. Le paquet n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Importing “{title}”…</source>
        <translation>Importation de «&#xa0;{title}&#xa0;»…</translation>
    </message>
    <message>
        <source>“{title}” was already in the vault; nothing changed.</source>
        <translation>«&#xa0;{title}&#xa0;» était déjà dans le coffre&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Imported {kind} “{title}” from {name}.</source>
        <translation>{kind} «&#xa0;{title}&#xa0;» importé de {name}.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Not done: {error}.</source>
        <translation>Non effectué&#xa0;: {error}.</translation>
    </message>
</context>
<context>
    <name>Incoming</name>
    <message>
        <source>cannot read the exchange folder: {strerror}</source>
        <extracomment>(file name, size, mtime in ns): a file counts as new when any of them changes</extracomment>
        <translation>impossible de lire le dossier d&apos;échange&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>addressed to others</source>
        <translation>adressé à d&apos;autres</translation>
    </message>
    <message>
        <source>sealed by you</source>
        <translation>scellé par vous</translation>
    </message>
    <message>
        <source>still arriving</source>
        <translation>en cours d&apos;arrivée</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>an unexpected error stopped the task ({name} at {where})</source>
        <extracomment>(done, total): progress of the work in its own units (bytes, records). the callable&apos;s return value. an AppError (a user-facing message); unexpected errors are wrapped into one. emitted last, whatever happened.</extracomment>
        <translation>une erreur inattendue a arrêté la tâche ({name} à {where})</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>KeepUntilField</name>
    <message>
        <source>Delete after</source>
        <translation>Supprimer après le</translation>
    </message>
    <message>
        <source>After this day the record is purged from the vault (with secure delete) the next time the vault is unlocked.</source>
        <translation>Passé ce jour, l&apos;enregistrement est purgé du coffre (avec effacement sécurisé) au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Last day the record is kept</source>
        <translation>Dernier jour de conservation de l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>⚠ Keys changed</source>
        <translation>⚠ Clés modifiées</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Conflict management</source>
        <translation>Gestion du conflit</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Résolution du conflit</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>Transformation du conflit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>Votre version gardée</translation>
    </message>
    <message>
        <source>Took theirs</source>
        <translation>Sa version retenue</translation>
    </message>
    <message>
        <source>Kept both</source>
        <translation>Les deux gardées</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Diffusé</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Still arriving</source>
        <translation>En cours d&apos;arrivée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Key (fingerprint starts)</source>
        <translation>Clé (début de l&apos;empreinte)</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reçu confirmé</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Générale</translation>
    </message>
    <message>
        <source>Process observation</source>
        <translation>Observation du processus</translation>
    </message>
    <message>
        <source>Content observation</source>
        <translation>Observation du contenu</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Agreed point</source>
        <translation>Point convenu</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Question ouverte</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>très forte</translation>
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
        <translation>Texte</translation>
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
        <translation>Voie 1 (officielle)</translation>
    </message>
    <message>
        <source>Track 1.5 (officials, unofficial capacity)</source>
        <translation>Voie 1,5 (officiels, à titre non officiel)</translation>
    </message>
    <message>
        <source>Track 2 (unofficial, close to power)</source>
        <translation>Voie 2 (non officielle, proche du pouvoir)</translation>
    </message>
    <message>
        <source>Track 3 (civil society, grassroots)</source>
        <translation>Voie 3 (société civile, base)</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Peut être nommé</translation>
    </message>
    <message>
        <source>Chatham House (use what was said, not who)</source>
        <translation>Chatham House (utiliser ce qui a été dit, pas qui l&apos;a dit)</translation>
    </message>
    <message>
        <source>Off the record (nothing leaves the vault)</source>
        <translation>Officieux (rien ne sort du coffre)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Distribution ledger</source>
        <translation>Registre de diffusion</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>Paper or proposal version</source>
        <translation>Document ou version de proposition</translation>
    </message>
    <message>
        <source>Recipients and acknowledgements</source>
        <translation>Destinataires et accusés de réception</translation>
    </message>
    <message>
        <source>Who has seen</source>
        <translation>Qui l&apos;a vu</translation>
    </message>
    <message>
        <source>Paper: {title}</source>
        <translation>Document&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{title}, version {generation} ({uid})</source>
        <translation>{title}, version {generation} ({uid})</translation>
    </message>
    <message>
        <source>Nothing shared yet.</source>
        <translation>Rien n&apos;a encore été partagé.</translation>
    </message>
    <message>
        <source> (an old key)</source>
        <translation> (une ancienne clé)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n contact(s);</source>
        <translation>
            <numerusform>Envoyé à %n contact&#xa0;;</numerusform>
            <numerusform>Envoyé à %n contacts&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{acked} of %n deliveries acknowledged.</source>
        <translation>
            <numerusform>{acked} remise sur %n confirmée.</numerusform>
            <numerusform>{acked} remises sur %n confirmées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to anyone yet.</source>
        <translation>Envoyé à personne pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Quietroom — demo vault</source>
        <translation>Quietroom — coffre de démonstration</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge the co-drafter&apos;s revision</source>
        <extracomment>boxes built with the dialog, and how long later turns may spend building more.</extracomment>
        <translation>Fusionner la révision du co-rédacteur</translation>
    </message>
    <message>
        <source>{author} changed the text while you did.</source>
        <translation>{author} a modifié le texte en même temps que vous.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) that do not overlap are merged already.</source>
        <translation>
            <numerusform>%n modification qui ne se chevauche pas est déjà fusionnée.</numerusform>
            <numerusform>%n modifications qui ne se chevauchent pas sont déjà fusionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) were changed by both of you: decide each one.</source>
        <translation>
            <numerusform>%n passage a été modifié par vous deux&#xa0;: tranchez chacun.</numerusform>
            <numerusform>%n passages ont été modifiés par vous deux&#xa0;: tranchez chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overlaps.</source>
        <translation>Rien ne se chevauche.</translation>
    </message>
    <message>
        <source>Merge {author_name}&apos;s revision</source>
        <translation>Fusionner la révision de {author_name}</translation>
    </message>
    <message>
        <source>Merge message</source>
        <translation>Message de fusion</translation>
    </message>
    <message>
        <source>Save the merge</source>
        <translation>Enregistrer la fusion</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <source>{resolved} of %n conflict(s) resolved</source>
        <translation>
            <numerusform>{resolved} conflit résolu sur %n</numerusform>
            <numerusform>{resolved} conflits résolus sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save</source>
        <translation>Prêt à enregistrer</translation>
    </message>
    <message>
        <source>Not saved: {exc}.</source>
        <translation>Non enregistré&#xa0;: {exc}.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&apos;{folder}&apos; is not empty; choose a new folder for the vault</source>
        <translation>«&#xa0;{folder}&#xa0;» n&apos;est pas vide&#xa0;; choisissez un nouveau dossier pour le coffre</translation>
    </message>
    <message>
        <source>&apos;{folder}&apos; is not empty; restore into a new folder</source>
        <translation>«&#xa0;{folder}&#xa0;» n&apos;est pas vide&#xa0;; restaurez dans un nouveau dossier</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists; choose another name</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; was replaced, but the system could not confirm it is safely on disk ({reason}); check the disk before relying on it</source>
        <translation>«&#xa0;{name}&#xa0;» a été remplacé, mais le système n&apos;a pas pu confirmer qu&apos;il est bien enregistré sur le disque ({reason})&#xa0;; vérifiez le disque avant de vous y fier</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder; give the backup&apos;s file name</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier&#xa0;; indiquez le nom du fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is not a folder</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; is not a record number</source>
        <translation>«&#xa0;{ref}&#xa0;» n&apos;est pas un numéro d&apos;élément</translation>
    </message>
    <message>
        <source>&apos;{ref}&apos; names more than one revision; give more digits</source>
        <translation>«&#xa0;{ref}&#xa0;» désigne plus d&apos;une révision&#xa0;; donnez davantage de chiffres</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucun enregistré)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un ou deux mots. Les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Argon2id memory cost out of range</source>
        <translation>coût mémoire d&apos;Argon2id hors limites</translation>
    </message>
    <message>
        <source>Argon2id time cost out of range</source>
        <translation>coût en temps d&apos;Argon2id hors limites</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — not for circulation</source>
        <translation>CONFIDENTIEL — ne pas diffuser</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — not for circulation — non-attributable</source>
        <translation>CONFIDENTIEL — ne pas diffuser — non attribuable</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Copy for: {recipient} — {day}</source>
        <translation>Copie pour&#xa0;: {recipient} — {day}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>périphérique ou ressource occupé</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>fichier trop volumineux</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et noms de famille seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Nul besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>plus d&apos;espace libre sur le disque</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>périphérique introuvable</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>périphérique ou adresse introuvable</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <source>Participant {letters}</source>
        <translation>Participant {letters}</translation>
    </message>
    <message>
        <source>Participant {letters}, Side {side}</source>
        <translation>Participant {letters}, partie {side}</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme «&#xa0;@&#xa0;» au lieu de «&#xa0;a&#xa0;» n&apos;aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les touches qui se suivent sur une même rangée sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Tapez une phrase de passe.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez quelques mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec davantage de changements de direction.</translation>
    </message>
    <message>
        <source>Use at least {min_length} characters; several unrelated words work well.</source>
        <translation>Utilisez au moins {min_length} caractères&#xa0;; plusieurs mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigée le</translation>
    </message>
    <message>
        <source>a card name has 1 to {limit} bytes</source>
        <translation>le nom d&apos;une carte compte de 1 à {limit} octets</translation>
    </message>
    <message>
        <source>a card&apos;s creation time must be a Unix time from 1970 on</source>
        <translation>la date de création d&apos;une carte doit être un temps Unix à partir de 1970</translation>
    </message>
    <message>
        <source>a chunk</source>
        <translation>un bloc</translation>
    </message>
    <message>
        <source>a chunk carries an unknown tag</source>
        <translation>un bloc porte une étiquette inconnue</translation>
    </message>
    <message>
        <source>a chunk failed authentication (bytes were changed)</source>
        <translation>un bloc a échoué à l&apos;authentification (des octets ont été modifiés)</translation>
    </message>
    <message>
        <source>a chunk has an impossible length</source>
        <translation>un bloc a une longueur impossible</translation>
    </message>
    <message>
        <source>a code name cannot be the real name of someone here</source>
        <translation>un nom de code ne peut pas être le vrai nom d&apos;une personne enregistrée ici</translation>
    </message>
    <message>
        <source>a code name cannot contain a link</source>
        <translation>un nom de code ne peut pas contenir de lien</translation>
    </message>
    <message>
        <source>a code name has at most {limit} characters</source>
        <translation>un nom de code compte au plus {limit} caractères</translation>
    </message>
    <message>
        <source>a contact already holds one of this card&apos;s keys but not the other; the keys changed: compare fingerprints before trusting it</source>
        <translation>un contact détient déjà l&apos;une des clés de cette carte mais pas l&apos;autre&#xa0;; les clés ont changé&#xa0;: comparez les empreintes avant de vous y fier</translation>
    </message>
    <message>
        <source>a custom resolution needs its text</source>
        <translation>une résolution personnalisée nécessite son texte</translation>
    </message>
    <message>
        <source>a database key must be 32 bytes</source>
        <translation>une clé de base de données doit faire 32 octets</translation>
    </message>
    <message>
        <source>a draft revision in this packet does not match its uid (altered)</source>
        <translation>une révision de projet de ce paquet ne correspond pas à son uid (altérée)</translation>
    </message>
    <message>
        <source>a keep-until date is written YYYY-MM-DD</source>
        <translation>une date limite de conservation s&apos;écrit YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a key change is accepted or rejected</source>
        <translation>un changement de clés est soit accepté, soit rejeté</translation>
    </message>
    <message>
        <source>a master key must be 32 bytes</source>
        <translation>une clé maîtresse doit faire 32 octets</translation>
    </message>
    <message>
        <source>a master key must be {size} bytes</source>
        <translation>une clé maîtresse doit faire {size} octets</translation>
    </message>
    <message>
        <source>a nonce must be {size} bytes</source>
        <translation>un nonce doit faire {size} octets</translation>
    </message>
    <message>
        <source>a packet goes &apos;in&apos; or &apos;out&apos;</source>
        <translation>le sens d&apos;un paquet est «&#xa0;in&#xa0;» ou «&#xa0;out&#xa0;»</translation>
    </message>
    <message>
        <source>a packet has 1 to {limit} recipients</source>
        <translation>un paquet a de 1 à {limit} destinataires</translation>
    </message>
    <message>
        <source>a page failed its integrity check (bytes were changed)</source>
        <translation>une page a échoué au contrôle d&apos;intégrité (des octets ont été modifiés)</translation>
    </message>
    <message>
        <source>a paper&apos;s content is removed outside a transaction</source>
        <translation>le contenu d&apos;un document est retiré hors d&apos;une transaction</translation>
    </message>
    <message>
        <source>a public key must be 32 bytes</source>
        <translation>une clé publique doit faire 32 octets</translation>
    </message>
    <message>
        <source>a recovery key has {length} letters and digits</source>
        <translation>une clé de récupération compte {length} lettres et chiffres</translation>
    </message>
    <message>
        <source>a recovery secret must be 20 bytes</source>
        <translation>un secret de récupération doit faire 20 octets</translation>
    </message>
    <message>
        <source>a revision has at most two parents</source>
        <translation>une révision a au plus deux parents</translation>
    </message>
    <message>
        <source>a secret key must be 32 bytes</source>
        <translation>une clé secrète doit faire 32 octets</translation>
    </message>
    <message>
        <source>a subkey label must be 1 to 16 bytes, none of them zero</source>
        <translation>l&apos;étiquette d&apos;une sous-clé doit faire de 1 à 16 octets, dont aucun nul</translation>
    </message>
    <message>
        <source>a vault needs a display name for its contact card</source>
        <translation>un coffre a besoin d&apos;un nom d&apos;affichage pour sa carte de contact</translation>
    </message>
    <message>
        <source>add more unrelated words</source>
        <translation>ajoutez d&apos;autres mots sans rapport entre eux</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenu</translation>
    </message>
    <message>
        <source>agreed point</source>
        <translation>point convenu</translation>
    </message>
    <message>
        <source>an Argon2id salt must be {size} bytes</source>
        <translation>un sel Argon2id doit faire {size} octets</translation>
    </message>
    <message>
        <source>an encryption key must be {size} bytes</source>
        <translation>une clé de chiffrement doit faire {size} octets</translation>
    </message>
    <message>
        <source>another change kept the vault busy for too long; this one was not saved</source>
        <translation>une autre modification a occupé le coffre trop longtemps&#xa0;; celle-ci n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>another person already has this code name</source>
        <translation>une autre personne porte déjà ce nom de code</translation>
    </message>
    <message>
        <source>attributable must be true or false</source>
        <translation>attributable doit valoir true ou false</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>author key</source>
        <translation>clé de l&apos;auteur</translation>
    </message>
    <message>
        <source>author name</source>
        <translation>nom de l&apos;auteur</translation>
    </message>
    <message>
        <source>bytes were appended after its end</source>
        <translation>des octets ont été ajoutés après sa fin</translation>
    </message>
    <message>
        <source>cannot read &apos;{name}&apos;: {reason}</source>
        <translation>impossible de lire «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot read the exchange folder: {reason}</source>
        <translation>impossible de lire le dossier d&apos;échange&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot read the unlock guard: {reason}</source>
        <translation>impossible de lire le garde-fou de déverrouillage&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write &apos;{name}&apos;: {reason}</source>
        <translation>impossible d&apos;écrire «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write the QR code image: {reason}</source>
        <translation>impossible d&apos;écrire l&apos;image du code QR&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write the card: {reason}</source>
        <translation>impossible d&apos;écrire la carte&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write the packet: {reason}</source>
        <translation>impossible d&apos;écrire le paquet&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>choose at least one recipient who has a contact card</source>
        <translation>choisissez au moins un destinataire qui a une carte de contact</translation>
    </message>
    <message>
        <source>choose between 1 and {limit} attempts</source>
        <translation>choisissez entre 1 et {limit} tentatives</translation>
    </message>
    <message>
        <source>choose the co-drafter to send to (a contact)</source>
        <translation>choisissez le co-rédacteur à qui envoyer (un contact)</translation>
    </message>
    <message>
        <source>circulated</source>
        <translation>diffusé</translation>
    </message>
    <message>
        <source>content observation</source>
        <translation>observation du contenu</translation>
    </message>
    <message>
        <source>could not convert &apos;{name}&apos;: {reason}</source>
        <translation>impossible de convertir «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>could not read &apos;{name}&apos;: {reason}</source>
        <translation>impossible de lire «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>could not read the key-slot file: {reason}</source>
        <translation>impossible de lire le fichier des emplacements de clé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>could not write &apos;{name}&apos;: {reason}</source>
        <translation>impossible d&apos;écrire «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>could not write the restored vault: {reason}</source>
        <translation>impossible d&apos;écrire le coffre restauré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>every key slot is in use</source>
        <translation>tous les emplacements de clé sont occupés</translation>
    </message>
    <message>
        <source>export a proposal, a revision, a note or a session</source>
        <translation>exportez une proposition, une révision, une note ou une séance</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>general</source>
        <translation>générale</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>it belongs to another vault</source>
        <translation>il appartient à un autre coffre</translation>
    </message>
    <message>
        <source>it holds less data than its manifest says</source>
        <translation>il contient moins de données que ne l&apos;indique son manifeste</translation>
    </message>
    <message>
        <source>it holds more data than its manifest says</source>
        <translation>il contient plus de données que ne l&apos;indique son manifeste</translation>
    </message>
    <message>
        <source>it is missing from the vault folder</source>
        <translation>il est absent du dossier du coffre</translation>
    </message>
    <message>
        <source>it is not a Quietroom backup</source>
        <translation>ce n&apos;est pas une sauvegarde Quietroom</translation>
    </message>
    <message>
        <source>it is not a Quietroom key-slot file</source>
        <translation>ce n&apos;est pas un fichier d&apos;emplacements de clé Quietroom</translation>
    </message>
    <message>
        <source>it is truncated (a chunk is cut short)</source>
        <translation>il est tronqué (un bloc s&apos;interrompt avant sa fin)</translation>
    </message>
    <message>
        <source>it is truncated (its end is missing)</source>
        <translation>il est tronqué (sa fin manque)</translation>
    </message>
    <message>
        <source>it is truncated ({part} is cut short)</source>
        <translation>il est tronqué ({part} s&apos;interrompt avant sa fin)</translation>
    </message>
    <message>
        <source>it is {size} bytes, not {expected}</source>
        <translation>il fait {size} octets au lieu de {expected}</translation>
    </message>
    <message>
        <source>its checksum does not match (bytes were changed)</source>
        <translation>sa somme de contrôle ne correspond pas (des octets ont été modifiés)</translation>
    </message>
    <message>
        <source>its chunk size is out of range</source>
        <translation>sa taille de bloc est hors limites</translation>
    </message>
    <message>
        <source>its copy of the key-slot file is damaged</source>
        <translation>sa copie du fichier des emplacements de clé est endommagée</translation>
    </message>
    <message>
        <source>its copy with the current settings did not check out</source>
        <translation>sa copie aux réglages actuels n&apos;a pas passé la vérification</translation>
    </message>
    <message>
        <source>its database belongs to another vault</source>
        <translation>sa base de données appartient à un autre coffre</translation>
    </message>
    <message>
        <source>its database does not open</source>
        <translation>sa base de données ne s&apos;ouvre pas</translation>
    </message>
    <message>
        <source>its database fails the integrity check</source>
        <translation>sa base de données échoue au contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>its header is inconsistent</source>
        <translation>son en-tête est incohérent</translation>
    </message>
    <message>
        <source>its key-derivation parameters are out of range</source>
        <translation>ses paramètres de dérivation de clé sont hors limites</translation>
    </message>
    <message>
        <source>its manifest is malformed</source>
        <translation>son manifeste est mal formé</translation>
    </message>
    <message>
        <source>its manifest names another vault</source>
        <translation>son manifeste désigne un autre coffre</translation>
    </message>
    <message>
        <source>its version field was changed</source>
        <translation>son champ de version a été modifié</translation>
    </message>
    <message>
        <source>keep-until dates apply to: {kinds}</source>
        <translation>les dates limites de conservation s&apos;appliquent à&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>name a proposal or a revision to export</source>
        <translation>indiquez une proposition ou une révision à exporter</translation>
    </message>
    <message>
        <source>name the recipient of this copy (it is stamped on every page)</source>
        <translation>indiquez le destinataire de cette copie (son nom est apposé sur chaque page)</translation>
    </message>
    <message>
        <source>no Quietroom vault in &apos;{folder}&apos;</source>
        <translation>aucun coffre Quietroom dans «&#xa0;{folder}&#xa0;»</translation>
    </message>
    <message>
        <source>no Quietroom vault in &apos;{folder}&apos; (it has no key-slot file)</source>
        <translation>aucun coffre Quietroom dans «&#xa0;{folder}&#xa0;» (il n&apos;a pas de fichier d&apos;emplacements de clé)</translation>
    </message>
    <message>
        <source>no Quietroom vault in &apos;{folder}&apos;; nothing was erased</source>
        <translation>aucun coffre Quietroom dans «&#xa0;{folder}&#xa0;»&#xa0;; rien n&apos;a été effacé</translation>
    </message>
    <message>
        <source>no font on this computer can draw some characters of this record ({characters}); install a font for that script (for example from the Noto family) and export again</source>
        <translation>aucune police de cet ordinateur ne peut afficher certains caractères de cet élément ({characters})&#xa0;; installez une police pour cette écriture (par exemple de la famille Noto) et exportez à nouveau</translation>
    </message>
    <message>
        <source>no revision starts with &apos;{ref}&apos;</source>
        <translation>aucune révision ne commence par «&#xa0;{ref}&#xa0;»</translation>
    </message>
    <message>
        <source>no {kind} {record_id}</source>
        <translation>pas de {kind} {record_id}</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>pas du JSON</translation>
    </message>
    <message>
        <source>not enough space for the copy; nothing was written</source>
        <translation>pas assez d&apos;espace pour la copie&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>not enough space for the packet; nothing was written</source>
        <translation>pas assez d&apos;espace pour le paquet&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>not enough space in the vault&apos;s folder for the snapshot a backup needs (about the size of the vault); no backup was written</source>
        <translation>pas assez d&apos;espace dans le dossier du coffre pour l&apos;instantané dont une sauvegarde a besoin (environ la taille du coffre)&#xa0;; aucune sauvegarde n&apos;a été écrite</translation>
    </message>
    <message>
        <source>not enough space to convert the vault&apos;s database; it stays as it is</source>
        <translation>pas assez d&apos;espace pour convertir la base de données du coffre&#xa0;; elle reste en l&apos;état</translation>
    </message>
    <message>
        <source>not enough space to restore the backup; nothing was kept</source>
        <translation>pas assez d&apos;espace pour restaurer la sauvegarde&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>not enough space to write &apos;{name}&apos;; no backup was written</source>
        <translation>pas assez d&apos;espace pour écrire «&#xa0;{name}&#xa0;»&#xa0;; aucune sauvegarde n&apos;a été écrite</translation>
    </message>
    <message>
        <source>not enough space to write &apos;{name}&apos;; nothing was changed</source>
        <translation>pas assez d&apos;espace pour écrire «&#xa0;{name}&#xa0;»&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>open question</source>
        <translation>question ouverte</translation>
    </message>
    <message>
        <source>opening the paper was cancelled</source>
        <translation>l&apos;ouverture du document a été annulée</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>paper {number} does not match its stored checksum</source>
        <translation>le document {number} ne correspond pas à sa somme de contrôle enregistrée</translation>
    </message>
    <message>
        <source>papers larger than 4 GiB are not supported</source>
        <translation>les documents de plus de 4&#xa0;Gio ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>papers that may be shared only with this working group: {count}. Deleting it would let them be shared with anyone; restrict them to another group, or lift their restriction, first</source>
        <translation>documents qui ne peuvent être partagés qu&apos;avec ce groupe de travail&#xa0;: {count}. Le supprimer permettrait de les partager avec n&apos;importe qui&#xa0;; restreignez-les d&apos;abord à un autre groupe, ou levez leur restriction</translation>
    </message>
    <message>
        <source>parents</source>
        <translation>parents</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase de passe</translation>
    </message>
    <message>
        <source>pasted text does not start with &apos;quietroom-card:&apos;</source>
        <translation>le texte collé ne commence pas par «&#xa0;quietroom-card:&#xa0;»</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>process observation</source>
        <translation>observation du processus</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>proposal uid</source>
        <translation>uid de la proposition</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clé de récupération</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <source>resolve a conflict with ours, theirs, both or custom</source>
        <translation>résolvez un conflit avec ours, theirs, both ou custom</translation>
    </message>
    <message>
        <source>revision count</source>
        <translation>nombre de révisions</translation>
    </message>
    <message>
        <source>revision fields</source>
        <translation>champs de la révision</translation>
    </message>
    <message>
        <source>revision uid</source>
        <translation>uid de la révision</translation>
    </message>
    <message>
        <source>sealed data is too short</source>
        <translation>les données scellées sont trop courtes</translation>
    </message>
    <message>
        <source>sealing stopped</source>
        <translation>le scellement s&apos;est arrêté</translation>
    </message>
    <message>
        <source>sealing was cancelled; no packet was written</source>
        <translation>le scellement a été annulé&#xa0;; aucun paquet n&apos;a été écrit</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>slot {number} holds an unknown kind of key</source>
        <translation>l&apos;emplacement {number} contient un type de clé inconnu</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>text is given only with a custom resolution</source>
        <translation>un texte ne se donne qu&apos;avec une résolution personnalisée</translation>
    </message>
    <message>
        <source>that fingerprint does not match the new keys; the change was not accepted</source>
        <translation>cette empreinte ne correspond pas aux nouvelles clés&#xa0;; le changement n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>that revision belongs to another proposal</source>
        <translation>cette révision appartient à une autre proposition</translation>
    </message>
    <message>
        <source>that revision is already part of the current one</source>
        <translation>cette révision fait déjà partie de la révision actuelle</translation>
    </message>
    <message>
        <source>that revision is not part of this proposal</source>
        <translation>cette révision ne fait pas partie de cette proposition</translation>
    </message>
    <message>
        <source>that session belongs to another dialogue</source>
        <translation>cette séance appartient à un autre dialogue</translation>
    </message>
    <message>
        <source>the QR code file must end in .png or .svg</source>
        <translation>le fichier du code QR doit se terminer par .png ou .svg</translation>
    </message>
    <message>
        <source>the acknowledgement inside this packet is malformed</source>
        <translation>l&apos;accusé de réception contenu dans ce paquet est mal formé</translation>
    </message>
    <message>
        <source>the affiliation</source>
        <translation>l&apos;affiliation</translation>
    </message>
    <message>
        <source>the attribution</source>
        <translation>l&apos;attribution</translation>
    </message>
    <message>
        <source>the backup &apos;{file_name}&apos; is damaged: {detail}; it cannot be restored</source>
        <translation>le fichier de sauvegarde «&#xa0;{file_name}&#xa0;» est endommagé&#xa0;: {detail}&#xa0;; il ne peut pas être restauré</translation>
    </message>
    <message>
        <source>the change conflicts with a record already in the vault</source>
        <translation>la modification entre en conflit avec un élément déjà présent dans le coffre</translation>
    </message>
    <message>
        <source>the contact details</source>
        <translation>le champ Contact</translation>
    </message>
    <message>
        <source>the content changed size while it was being sealed</source>
        <translation>le contenu a changé de taille pendant son scellement</translation>
    </message>
    <message>
        <source>the database structure is damaged</source>
        <translation>la structure de la base de données est endommagée</translation>
    </message>
    <message>
        <source>the database&apos;s write-ahead log could not be emptied</source>
        <translation>le journal d&apos;écriture anticipée de la base de données n&apos;a pas pu être vidé</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the disk is full or failing; the last change was not saved</source>
        <translation>le disque est plein ou défaillant&#xa0;; la dernière modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the draft revisions inside this packet are malformed ({what})</source>
        <translation>les révisions de projet contenues dans ce paquet sont mal formées ({what})</translation>
    </message>
    <message>
        <source>the duress passphrase must differ from the vault&apos;s passphrase</source>
        <translation>la phrase de passe de contrainte doit différer de la phrase de passe du coffre</translation>
    </message>
    <message>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation>le dossier «&#xa0;{folder}&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>l&apos;objectif</translation>
    </message>
    <message>
        <source>the group name</source>
        <translation>le nom du groupe</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was stored</source>
        <translation>l&apos;importation a été annulée&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the key-slot copy</source>
        <translation>la copie des emplacements de clé</translation>
    </message>
    <message>
        <source>the keys of {names} changed: compare the new fingerprint with them and accept the change before sharing; nothing was sealed</source>
        <translation>les clés de {names} ont changé&#xa0;: comparez la nouvelle empreinte avec chaque personne concernée et acceptez le changement avant de partager&#xa0;; rien n&apos;a été scellé</translation>
    </message>
    <message>
        <source>the kind of note</source>
        <translation>le type de note</translation>
    </message>
    <message>
        <source>the manifest has a field no reader would accept (see docs/packet-format.md)</source>
        <translation>le manifeste contient un champ qu&apos;aucun lecteur n&apos;accepterait (voir docs/packet-format.md)</translation>
    </message>
    <message>
        <source>the manifest holds text that is not valid Unicode</source>
        <translation>le manifeste contient du texte qui n&apos;est pas de l&apos;Unicode valide</translation>
    </message>
    <message>
        <source>the manifest is too large (too many recipients or too long a title)</source>
        <translation>le manifeste est trop volumineux (trop de destinataires ou titre trop long)</translation>
    </message>
    <message>
        <source>the manifest lists a recipient twice</source>
        <translation>le manifeste mentionne deux fois le même destinataire</translation>
    </message>
    <message>
        <source>the manifest&apos;s sender is not the sealing identity</source>
        <translation>l&apos;expéditeur indiqué dans le manifeste n&apos;est pas l&apos;identité qui a scellé le paquet</translation>
    </message>
    <message>
        <source>the message must be text of at most {limit} characters</source>
        <translation>le message doit être un texte d&apos;au plus {limit} caractères</translation>
    </message>
    <message>
        <source>the mode</source>
        <translation>le format</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the new passphrase is too weak: {advice}</source>
        <translation>la nouvelle phrase de passe est trop faible&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>the new passphrase must differ from the vault&apos;s other passphrases</source>
        <translation>la nouvelle phrase de passe doit différer des autres phrases de passe du coffre</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>le texte de la note</translation>
    </message>
    <message>
        <source>the note inside this packet is malformed</source>
        <translation>la note contenue dans ce paquet est mal formée</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>le champ Notes</translation>
    </message>
    <message>
        <source>the packet ends before its content</source>
        <translation>le paquet se termine avant son contenu</translation>
    </message>
    <message>
        <source>the packet has a frame of impossible length</source>
        <translation>le paquet contient une trame de longueur impossible</translation>
    </message>
    <message>
        <source>the packet has extra bytes after its end</source>
        <translation>le paquet contient des octets en trop après sa fin</translation>
    </message>
    <message>
        <source>the packet is cut short (truncated)</source>
        <translation>le paquet est incomplet (tronqué)</translation>
    </message>
    <message>
        <source>the packet was already read</source>
        <translation>le paquet a déjà été lu</translation>
    </message>
    <message>
        <source>the packet was altered after it was sealed</source>
        <translation>le paquet a été altéré après avoir été scellé</translation>
    </message>
    <message>
        <source>the packet&apos;s content is out of shape</source>
        <translation>le contenu du paquet n&apos;a pas la forme attendue</translation>
    </message>
    <message>
        <source>the packet&apos;s content is shorter than its manifest says</source>
        <translation>le contenu du paquet est plus court que ne l&apos;indique son manifeste</translation>
    </message>
    <message>
        <source>the packet&apos;s header is damaged</source>
        <translation>l&apos;en-tête du paquet est endommagé</translation>
    </message>
    <message>
        <source>the packet&apos;s header is malformed: it declares {count} key slots (a packet has a multiple of {multiple} from {multiple} to {limit})</source>
        <translation>l&apos;en-tête du paquet est mal formé&#xa0;: il déclare {count} emplacements de clé (un paquet en a un multiple de {multiple}, de {multiple} à {limit})</translation>
    </message>
    <message>
        <source>the packet&apos;s manifest is malformed</source>
        <translation>le manifeste du paquet est mal formé</translation>
    </message>
    <message>
        <source>the paper was deleted from every list, but overwriting its content stopped ({reason}); it is finished the next time the vault is unlocked</source>
        <translation>le document a été retiré de toutes les listes, mais l&apos;effacement de son contenu s&apos;est arrêté ({reason})&#xa0;; il sera achevé au prochain déverrouillage du coffre</translation>
    </message>
    <message>
        <source>the passphrase is too weak: {advice}</source>
        <translation>la phrase de passe est trop faible&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>the pasted card is garbled; copy it again in full</source>
        <translation>la carte collée est altérée&#xa0;; copiez-la de nouveau en entier</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>the proposal changed since this merge began; start the merge again</source>
        <translation>la proposition a changé depuis le début de cette fusion&#xa0;; recommencez la fusion</translation>
    </message>
    <message>
        <source>the proposal needs a title</source>
        <translation>la proposition a besoin d&apos;un titre</translation>
    </message>
    <message>
        <source>the proximity</source>
        <translation>la proximité</translation>
    </message>
    <message>
        <source>the recovery key has a typing mistake: check each group</source>
        <translation>la clé de récupération contient une faute de frappe&#xa0;: vérifiez chaque groupe</translation>
    </message>
    <message>
        <source>the sender&apos;s signature on this packet does not verify</source>
        <translation>la signature de l&apos;expéditeur sur ce paquet n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the side</source>
        <translation>la partie</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>the status must be one of: {statuses}</source>
        <translation>le statut doit être l&apos;une des valeurs suivantes&#xa0;: {statuses}</translation>
    </message>
    <message>
        <source>the stream header</source>
        <translation>l&apos;en-tête du flux</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>le texte dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the text is the same as the current revision; nothing to save</source>
        <translation>le texte est identique à la révision actuelle&#xa0;; rien à enregistrer</translation>
    </message>
    <message>
        <source>the text must be text</source>
        <translation>le texte doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the title is longer than {limit} characters</source>
        <translation>le titre dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>the track must be one of: 1, 1.5, 2, 3</source>
        <translation>la voie doit être l&apos;une des valeurs suivantes&#xa0;: 1, 1.5, 2, 3</translation>
    </message>
    <message>
        <source>the unlock guard file is damaged</source>
        <translation>le fichier du garde-fou de déverrouillage est endommagé</translation>
    </message>
    <message>
        <source>the vault database refused the operation ({error_type})</source>
        <translation>la base de données du coffre a refusé l&apos;opération ({error_type})</translation>
    </message>
    <message>
        <source>the vault file &apos;{file_name}&apos; is damaged: {detail}</source>
        <translation>le fichier «&#xa0;{file_name}&#xa0;» du coffre est endommagé&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the vault has no decoy database</source>
        <translation>le coffre n&apos;a pas de base de données leurre</translation>
    </message>
    <message>
        <source>the vault has no identity</source>
        <translation>le coffre n&apos;a pas d&apos;identité</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>the vault was locked while this was running; nothing more was saved</source>
        <translation>le coffre a été verrouillé pendant l&apos;opération&#xa0;; rien de plus n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>there is no backup file &apos;{path}&apos;</source>
        <translation>il n&apos;y a pas de fichier de sauvegarde «&#xa0;{path}&#xa0;»</translation>
    </message>
    <message>
        <source>there is no conflict number {number}</source>
        <translation>il n&apos;y a pas de conflit numéro {number}</translation>
    </message>
    <message>
        <source>there is no contact number {number}</source>
        <translation>il n&apos;y a pas de contact numéro {number}</translation>
    </message>
    <message>
        <source>there is no draft proposal number {number}</source>
        <translation>il n&apos;y a pas de projet de proposition numéro {number}</translation>
    </message>
    <message>
        <source>there is no packet format version {version}</source>
        <translation>il n&apos;y a pas de version {version} du format de paquet</translation>
    </message>
    <message>
        <source>there is no packet number {number}</source>
        <translation>il n&apos;y a pas de paquet numéro {number}</translation>
    </message>
    <message>
        <source>there is no paper number {number}</source>
        <translation>il n&apos;y a pas de document numéro {number}</translation>
    </message>
    <message>
        <source>there is no revision number {number}</source>
        <translation>il n&apos;y a pas de révision numéro {number}</translation>
    </message>
    <message>
        <source>there is no working group number {number}</source>
        <translation>il n&apos;y a pas de groupe de travail numéro {number}</translation>
    </message>
    <message>
        <source>there is no {record} number {number}</source>
        <translation>il n&apos;y a pas de {record} numéro {number}</translation>
    </message>
    <message>
        <source>there is not enough free memory to derive the key ({needed} MiB are needed); close other programs and try again</source>
        <translation>il n&apos;y a pas assez de mémoire libre pour dériver la clé ({needed}&#xa0;Mio nécessaires)&#xa0;; fermez d&apos;autres programmes et réessayez</translation>
    </message>
    <message>
        <source>there is nothing to merge: no diverged revision is waiting</source>
        <translation>il n&apos;y a rien à fusionner&#xa0;: aucune révision divergente n&apos;est en attente</translation>
    </message>
    <message>
        <source>these draft revisions use a format this Quietroom does not know</source>
        <translation>ces révisions de projet utilisent un format que cette version de Quietroom ne connaît pas</translation>
    </message>
    <message>
        <source>this Quietroom cannot import packets of kind &apos;{kind}&apos; yet</source>
        <translation>cette version de Quietroom ne peut pas encore importer les paquets de type «&#xa0;{kind}&#xa0;»</translation>
    </message>
    <message>
        <source>this acknowledgement comes from someone the packet was not sealed to</source>
        <translation>cet accusé de réception vient de quelqu&apos;un pour qui le paquet n&apos;a pas été scellé</translation>
    </message>
    <message>
        <source>this acknowledgement is for a packet you did not send</source>
        <translation>cet accusé de réception concerne un paquet que vous n&apos;avez pas envoyé</translation>
    </message>
    <message>
        <source>this backup uses backup format {version}; this Quietroom reads up to {supported}: install a newer version</source>
        <translation>cette sauvegarde utilise le format de sauvegarde {version}&#xa0;; cette version de Quietroom lit jusqu&apos;au format {supported}&#xa0;: installez une version plus récente</translation>
    </message>
    <message>
        <source>this card carries one of your own keys with another: it is forged</source>
        <translation>cette carte associe l&apos;une de vos propres clés à une autre&#xa0;: c&apos;est une contrefaçon</translation>
    </message>
    <message>
        <source>this card uses format {version}; this Quietroom reads {supported}</source>
        <translation>cette carte utilise le format {version}&#xa0;; cette version de Quietroom lit le format {supported}</translation>
    </message>
    <message>
        <source>this contact card is damaged (its length is inconsistent)</source>
        <translation>cette carte de contact est endommagée (sa longueur est incohérente)</translation>
    </message>
    <message>
        <source>this contact card&apos;s encryption key is not usable: nothing can be sealed to it</source>
        <translation>la clé de chiffrement de cette carte de contact est inutilisable&#xa0;: rien ne peut être scellé pour elle</translation>
    </message>
    <message>
        <source>this contact card&apos;s name is not valid text</source>
        <translation>le nom de cette carte de contact n&apos;est pas un texte valide</translation>
    </message>
    <message>
        <source>this contact card&apos;s signature does not verify: it was altered</source>
        <translation>la signature de cette carte de contact n&apos;est pas valide&#xa0;: la carte a été altérée</translation>
    </message>
    <message>
        <source>this contact&apos;s keys changed: compare the new fingerprint and accept the change instead</source>
        <translation>les clés de ce contact ont changé&#xa0;: comparez plutôt la nouvelle empreinte et acceptez le changement</translation>
    </message>
    <message>
        <source>this contact&apos;s keys have not changed</source>
        <translation>les clés de ce contact n&apos;ont pas changé</translation>
    </message>
    <message>
        <source>this file is not a Quietroom contact card</source>
        <translation>ce fichier n&apos;est pas une carte de contact Quietroom</translation>
    </message>
    <message>
        <source>this file is not a Quietroom packet</source>
        <translation>ce fichier n&apos;est pas un paquet Quietroom</translation>
    </message>
    <message>
        <source>this history is too large for one packet (over 16 MiB of text)</source>
        <translation>cet historique est trop volumineux pour un seul paquet (plus de 16&#xa0;Mio de texte)</translation>
    </message>
    <message>
        <source>this is a packet you sealed yourself; it is already yours</source>
        <translation>c&apos;est un paquet que vous avez scellé vous-même&#xa0;; il est déjà à vous</translation>
    </message>
    <message>
        <source>this is not a Quietroom contact card</source>
        <translation>ce n&apos;est pas une carte de contact Quietroom</translation>
    </message>
    <message>
        <source>this is not a Quietroom contact card (too long)</source>
        <translation>ce n&apos;est pas une carte de contact Quietroom (trop longue)</translation>
    </message>
    <message>
        <source>this is not a Quietroom contact card (wrong size)</source>
        <translation>ce n&apos;est pas une carte de contact Quietroom (taille incorrecte)</translation>
    </message>
    <message>
        <source>this is your own card</source>
        <translation>c&apos;est votre propre carte</translation>
    </message>
    <message>
        <source>this packet builds on revisions this vault does not have; ask the sender to send the whole history again (draft send --full)</source>
        <translation>ce paquet s&apos;appuie sur des révisions absentes de ce coffre&#xa0;; demandez à l&apos;expéditeur de renvoyer tout l&apos;historique (draft send --full)</translation>
    </message>
    <message>
        <source>this packet comes from someone who is not among your contacts (it says &apos;{name}&apos;); import their card and compare the fingerprint first</source>
        <translation>ce paquet vient de quelqu&apos;un qui n&apos;est pas parmi vos contacts (il indique «&#xa0;{name}&#xa0;»)&#xa0;; importez d&apos;abord sa carte et comparez l&apos;empreinte</translation>
    </message>
    <message>
        <source>this packet holds a revision by someone who is not a contact</source>
        <translation>ce paquet contient une révision de quelqu&apos;un qui n&apos;est pas un contact</translation>
    </message>
    <message>
        <source>this packet holds a revision said to be yours that you never made</source>
        <translation>ce paquet contient une révision présentée comme la vôtre, que vous n&apos;avez jamais faite</translation>
    </message>
    <message>
        <source>this packet is not addressed to you</source>
        <translation>ce paquet ne vous est pas adressé</translation>
    </message>
    <message>
        <source>this packet is signed with the new keys of {name}, whose key change you have not accepted yet: compare the new fingerprint with them first</source>
        <translation>ce paquet est signé avec les nouvelles clés de {name}, dont vous n&apos;avez pas encore accepté le changement de clés&#xa0;: comparez d&apos;abord la nouvelle empreinte avec cette personne</translation>
    </message>
    <message>
        <source>this packet is too large to read into memory</source>
        <translation>ce paquet est trop volumineux pour être lu en mémoire</translation>
    </message>
    <message>
        <source>this packet uses format version {version}; this Quietroom reads versions {oldest} to {newest} (a newer Quietroom may read it)</source>
        <translation>ce paquet utilise la version {version} du format&#xa0;; cette version de Quietroom lit les versions {oldest} à {newest} (une version plus récente de Quietroom pourra peut-être le lire)</translation>
    </message>
    <message>
        <source>this packet was sealed for other people and re-sent to you; it is refused</source>
        <translation>ce paquet a été scellé pour d&apos;autres personnes puis vous a été réexpédié&#xa0;; il est rejeté</translation>
    </message>
    <message>
        <source>this packet&apos;s item is too large for its kind</source>
        <translation>l&apos;élément de ce paquet est trop volumineux pour son type</translation>
    </message>
    <message>
        <source>this paper is too large to view inside Quietroom (over {limit} MiB); save a copy outside the vault to read it</source>
        <translation>ce document est trop volumineux pour être affiché dans Quietroom (plus de {limit}&#xa0;Mio)&#xa0;; enregistrez-en une copie hors du coffre pour le lire</translation>
    </message>
    <message>
        <source>this paper may go only to the working group(s) {groups}; outside them: {outsiders}. Nothing was sealed (an explicit override is needed, and is logged)</source>
        <translation>ce document ne peut aller qu&apos;au(x) groupe(s) de travail {groups}&#xa0;; hors de ce cercle&#xa0;: {outsiders}. Rien n&apos;a été scellé (il faut une dérogation explicite, qui est inscrite au journal)</translation>
    </message>
    <message>
        <source>this proposal has no revision yet</source>
        <translation>cette proposition n&apos;a pas encore de révision</translation>
    </message>
    <message>
        <source>this vault has no passphrase slot to change</source>
        <translation>ce coffre n&apos;a pas d&apos;emplacement de phrase de passe à modifier</translation>
    </message>
    <message>
        <source>this vault has schema version {version}; this Quietroom knows up to {supported}: install a newer version</source>
        <translation>ce coffre a la version de schéma {version}&#xa0;; cette version de Quietroom connaît jusqu&apos;à la version {supported}&#xa0;: installez une version plus récente</translation>
    </message>
    <message>
        <source>this vault uses key-slot format {version}; this Quietroom reads up to {supported}: install a newer version</source>
        <translation>ce coffre utilise le format d&apos;emplacements de clé {version}&#xa0;; cette version de Quietroom lit jusqu&apos;au format {supported}&#xa0;: installez une version plus récente</translation>
    </message>
    <message>
        <source>this {secret} does not open the vault</source>
        <translation>cette {secret} n&apos;ouvre pas le coffre</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>taille excessive</translation>
    </message>
    <message>
        <source>unknown cipher settings version {version}</source>
        <translation>version {version} des réglages de chiffrement inconnue</translation>
    </message>
    <message>
        <source>unknown field(s): {unknown}; known: {known}</source>
        <translation>champ(s) inconnu(s)&#xa0;: {unknown}&#xa0;; champs connus&#xa0;: {known}</translation>
    </message>
    <message>
        <source>what can be deleted: {kinds}</source>
        <translation>ce qui peut être supprimé&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>wrong key, or the data was altered</source>
        <translation>mauvaise clé, ou les données ont été altérées</translation>
    </message>
    <message>
        <source>{count} conflict(s) are not resolved yet; nothing was saved</source>
        <translation>{count} conflit(s) pas encore résolu(s)&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>{dialogue} — round {round_no}</source>
        <translation>{dialogue} — séance {round_no}</translation>
    </message>
    <message>
        <source>{dialogue} — round {round_no}: {title}</source>
        <translation>{dialogue} — séance {round_no}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation>{field} ne peut pas être vide</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters</source>
        <translation>{field} dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>{field} must be a date written YYYY-MM-DD</source>
        <translation>{field} doit être une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}</source>
        <translation>{field} doit être l&apos;une des valeurs suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field} doit être du texte</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>{revision} of {day}</source>
        <translation>{revision} du {day}</translation>
    </message>
    <message>
        <source>{stamp} — page {page} of {pages}</source>
        <translation>{stamp} — page {page} sur {pages}</translation>
    </message>
    <message>
        <source>{title} ({kind}):</source>
        <translation>{title} ({kind})&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <extracomment>a note was written to the vault (payload: its id).</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <source>Attributable (who said what may be quoted)</source>
        <translation>Attribuable (qui a dit quoi peut être cité)</translation>
    </message>
    <message>
        <source>Leave unticked under the Chatham House rule: what was said may be used, not who said it.</source>
        <translation>Laissez décoché sous la règle de Chatham House&#xa0;: ce qui a été dit peut être utilisé, pas qui l&apos;a dit.</translation>
    </message>
    <message>
        <source>After this day the note is purged from the vault (with secure delete) the next time the vault is unlocked.</source>
        <translation>Passé ce jour, la note est purgée du coffre (avec effacement sécurisé) au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Last day the note is kept</source>
        <translation>Dernier jour de conservation de la note</translation>
    </message>
    <message>
        <source>Write in Markdown: # headings, - lists, **bold**. Saved as you type.</source>
        <translation>Écrivez en Markdown&#xa0;: # titres, - listes, **gras**. Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Preview of the note</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>New note: it is saved once you type.</source>
        <translation>Nouvelle note&#xa0;: elle est enregistrée dès que vous tapez.</translation>
    </message>
    <message>
        <source>Last saved {time}</source>
        <translation>Dernier enregistrement {time}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>Non enregistré&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré {time}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>No notes yet. Use “New note” to record observations, options, agreed points and follow-ups.</source>
        <translation>Aucune note pour l&apos;instant. Utilisez «&#xa0;Nouvelle note&#xa0;» pour consigner observations, options, points convenus et suivis.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Supprimer la note…</translation>
    </message>
    <message>
        <source>Export the note as PDF…</source>
        <translation>Exporter la note en PDF…</translation>
    </message>
    <message>
        <source>this note</source>
        <translation>cette note</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Create your vault</source>
        <extracomment>(unit, the next unit): zxcvbn&apos;s display_time, in seconds; a century and over: &quot;centuries&quot;. onboarding is complete (payload: the unlocked OpenVault). the vault exists (the recovery key is being shown; payload: nothing).</extracomment>
        <translation>Créer votre coffre</translation>
    </message>
    <message>
        <source>Everything you record in Quietroom stays in an encrypted vault on this computer. Only your passphrase opens it: choose several unrelated words you can remember.</source>
        <translation>Tout ce que vous consignez dans Quietroom reste dans un coffre chiffré sur cet ordinateur. Seule votre phrase de passe l&apos;ouvre&#xa0;: choisissez plusieurs mots sans rapport entre eux dont vous pouvez vous souvenir.</translation>
    </message>
    <message>
        <source>Your name as contacts will see it</source>
        <translation>Votre nom tel que vos contacts le verront</translation>
    </message>
    <message>
        <source>e.g. your name or your office&apos;s</source>
        <translation>p. ex. votre nom ou celui de votre bureau</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe (encore)</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>At least {length} characters and a strength of &apos;{strength}&apos;.</source>
        <translation>Au moins {length} caractères et une solidité «&#xa0;{strength}&#xa0;».</translation>
    </message>
    <message>
        <source>Name on your card</source>
        <translation>Nom sur votre carte</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation>Dossier du coffre&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>On a new computer: bring back a vault from its backup file</source>
        <translation>Sur un nouvel ordinateur&#xa0;: retrouver un coffre à partir de son fichier de sauvegarde</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>plusieurs siècles</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: {strength}</source>
        <translation>Solidité&#xa0;: {strength}</translation>
    </message>
    <message>
        <source>(an attacker would need {crack_time}).</source>
        <translation>(un attaquant aurait besoin de {crack_time}).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Création de votre coffre…</translation>
    </message>
    <message>
        <source>Quietroom is tuning the key derivation to this computer so that every guess at your passphrase costs an attacker about a second. This takes a few seconds.</source>
        <translation>Quietroom ajuste la dérivation de clé à cet ordinateur pour que chaque tentative sur votre phrase de passe coûte environ une seconde à un attaquant. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>The vault was not created: {error}.</source>
        <translation>Le coffre n&apos;a pas été créé&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only other way into the vault. It is shown this once and never stored. Write it on paper, or print it, and keep it away from this computer.</source>
        <translation>Si vous oubliez votre phrase de passe, cette clé est le seul autre moyen d&apos;ouvrir le coffre. Elle n&apos;est affichée qu&apos;une fois et n&apos;est jamais conservée. Écrivez-la sur papier ou imprimez-la, et gardez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>J&apos;ai noté ou imprimé la clé de récupération</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>A file holding the recovery key opens your vault for whoever finds it. Save it only to a USB stick you keep apart from this computer, never next to the vault.</source>
        <translation>Un fichier contenant la clé de récupération ouvre votre coffre à quiconque le trouve. Enregistrez-le uniquement sur une clé USB conservée à l&apos;écart de cet ordinateur, jamais à côté du coffre.</translation>
    </message>
    <message>
        <source>Quietroom recovery key

{key}
</source>
        <translation>Clé de récupération Quietroom

{key}
</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The file was not written: {strerror}</source>
        <translation>Le fichier n&apos;a pas été écrit&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Votre carte de contact</translation>
    </message>
    <message>
        <source>People you share papers with need your card, and should compare this fingerprint with you in person or by a call before they trust it. You can find it again under Contacts.</source>
        <translation>Les personnes avec qui vous partagez des documents ont besoin de votre carte, et doivent comparer cette empreinte avec vous en personne ou par téléphone avant de s&apos;y fier. Vous la retrouverez sous Contacts.</translation>
    </message>
    <message>
        <source>Open Quietroom</source>
        <translation>Ouvrir Quietroom</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>only you</source>
        <translation>vous seul</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>(no longer in the vault)</source>
        <translation>(n&apos;est plus dans le coffre)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Sealed for</source>
        <translation>Scellé pour</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Nothing sent yet. Share a paper from the Papers page: its packet is listed here with the people it was sealed for.</source>
        <translation>Rien d&apos;envoyé pour l&apos;instant. Partagez un document depuis la page Documents&#xa0;: son paquet figure ici avec les personnes pour qui il a été scellé.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Envoyés</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>No co-drafter yet</source>
        <translation>Pas encore de co-rédacteur</translation>
    </message>
    <message>
        <source>  (not verified)</source>
        <translation>  (non vérifié)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Round {round_no} · {date}</source>
        <translation>Séance {round_no} · {date}</translation>
    </message>
    <message>
        <source>Round {round_no}</source>
        <translation>Séance {round_no}</translation>
    </message>
</context>
<context>
    <name>PaperViewer</name>
    <message>
        <source>Choose a paper to read it here.</source>
        <extracomment>A plain text is put into its document in parts of about this many characters (ended at a line&apos;s end): each part holds the GIL for well under a millisecond. What a cut could change the meaning of: link reference definitions (``[name]: url``, used anywhere in the text) and raw HTML blocks that may hold blank lines. A text with any of these is parsed whole. Plain substring tests: a regular expression over 5 MB held the GIL for 0.2 s.</extracomment>
        <translation>Choisissez un document pour le lire ici.</translation>
    </message>
    <message>
        <source>This PDF could not be read; it may be damaged.</source>
        <translation>Ce PDF n&apos;a pas pu être lu&#xa0;; il est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>PapersPage</name>
    <message>
        <source>Papers</source>
        <extracomment>a paper was chosen (payload: Paper), for the details panel.</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Drafts, non-papers and documents, kept encrypted. Drop files here to add.</source>
        <translation>Projets, non-papiers et documents, conservés chiffrés. Déposez des fichiers ici pour les ajouter.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete after…</source>
        <translation>Supprimer après le…</translation>
    </message>
    <message>
        <source>Restrict sharing…</source>
        <translation>Restreindre le partage…</translation>
    </message>
    <message>
        <source>Save a copy outside…</source>
        <translation>Enregistrer une copie à l&apos;extérieur…</translation>
    </message>
    <message>
        <source>Add paper…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>No papers yet. Drop a PDF, text or Markdown file here, or use “Add paper…”. The original file is left where it is.</source>
        <translation>Aucun document pour l&apos;instant. Déposez ici un fichier PDF, texte ou Markdown, ou utilisez «&#xa0;Ajouter un document…&#xa0;». Le fichier d&apos;origine reste où il est.</translation>
    </message>
    <message>
        <source>Add papers to the vault</source>
        <translation>Ajouter des documents au coffre</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Ajout de {name}…</translation>
    </message>
    <message>
        <source>Added “{title}” ({size}).</source>
        <translation>«&#xa0;{title}&#xa0;» ajouté ({size}).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Not done: {error}.</source>
        <translation>Non effectué&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Quietroom cannot show {media_type} files inside the app. Use “Save a copy outside…” to open it elsewhere.</source>
        <translation>Quietroom ne peut pas afficher les fichiers {media_type} dans l&apos;application. Utilisez «&#xa0;Enregistrer une copie à l&apos;extérieur…&#xa0;» pour l&apos;ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Choose a paper first.</source>
        <translation>Choisissez d&apos;abord un document.</translation>
    </message>
    <message>
        <source>Copies already sent to others are not affected.</source>
        <translation>Les copies déjà envoyées à d&apos;autres ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Deleting “{title}”…</source>
        <translation>Suppression de «&#xa0;{title}&#xa0;»…</translation>
    </message>
    <message>
        <source>The paper was deleted.</source>
        <translation>Le document a été supprimé.</translation>
    </message>
    <message>
        <source>Wait for the current task to finish.</source>
        <translation>Attendez la fin de la tâche en cours.</translation>
    </message>
    <message>
        <source>Keep “{title}” until</source>
        <translation>Conserver «&#xa0;{title}&#xa0;» jusqu&apos;au</translation>
    </message>
    <message>
        <source>After the day chosen the paper is purged from the vault, with secure delete, the next time the vault is unlocked. Copies sent to others are not affected.</source>
        <translation>Passé le jour choisi, le document est purgé du coffre, avec effacement sécurisé, au prochain déverrouillage. Les copies envoyées à d&apos;autres ne sont pas concernées.</translation>
    </message>
    <message>
        <source>The paper will be deleted after {day}.</source>
        <translation>Le document sera supprimé après le {day}.</translation>
    </message>
    <message>
        <source>The paper is kept until you delete it.</source>
        <translation>Le document est conservé jusqu&apos;à ce que vous le supprimiez.</translation>
    </message>
    <message>
        <source>“{title}” may be shared only with: {groups}.</source>
        <translation>«&#xa0;{title}&#xa0;» ne peut être partagé qu&apos;avec&#xa0;: {groups}.</translation>
    </message>
    <message>
        <source>“{title}” may be shared with any contact.</source>
        <translation>«&#xa0;{title}&#xa0;» peut être partagé avec n&apos;importe quel contact.</translation>
    </message>
    <message>
        <source>Save a readable copy outside the vault</source>
        <translation>Enregistrer une copie lisible hors du coffre</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted. Anyone who gets this computer, the folder you pick, or a backup of it can read the paper. Save it only where you must, and delete it when you are done.</source>
        <translation>La copie ne sera PAS chiffrée. Quiconque obtient cet ordinateur, le dossier que vous choisissez ou une sauvegarde de celui-ci peut lire le document. Enregistrez-la seulement là où c&apos;est nécessaire, et supprimez-la quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Enregistrement d&apos;une copie…</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy: {path}</source>
        <translation>Copie non chiffrée enregistrée&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Export a PDF</source>
        <translation>Exporter un PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a readable PDF of %n page(s): {path}</source>
        <translation>
            <numerusform>PDF lisible de %n page écrit&#xa0;: {path}</numerusform>
            <numerusform>PDF lisible de %n pages écrit&#xa0;: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) named by neutral labels.</source>
        <translation>
            <numerusform>%n participant désigné par un libellé neutre.</numerusform>
            <numerusform>%n participants désignés par des libellés neutres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it when it is no longer needed.</source>
        <translation>Supprimez-le quand il n&apos;est plus utile.</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>PDF exporté</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <extracomment>a person was chosen (payload: Person), for the details panel.</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Participants, facilitators and observers, with their side and track.</source>
        <translation>Participants, facilitateurs et observateurs, avec leur partie et leur voie.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>No people yet. Add the participants of your dialogues: their side, their track and whether they may be named.</source>
        <translation>Aucune personne pour l&apos;instant. Ajoutez les participants de vos dialogues&#xa0;: leur partie, leur voie et s&apos;ils peuvent être nommés.</translation>
    </message>
    <message>
        <source>Their attendance at rounds, their place in working groups, their code name and their contact card (the keys you hold for them) go too. Notes that mention them are not changed.</source>
        <translation>Sa présence aux séances, sa place dans les groupes de travail, son nom de code et sa carte de contact (les clés que vous détenez pour lui) sont supprimés aussi. Les notes qui le mentionnent ne sont pas modifiées.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Filter by name or side</source>
        <translation>Filtrer par nom ou par partie</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>e.g. Side 1, Side 2, third party</source>
        <translation>p. ex. Partie 1, Partie 2, tierce partie</translation>
    </message>
    <message>
        <source>how close to decision-makers</source>
        <translation>proximité avec les décideurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Proximity</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>New draft proposal</source>
        <translation>Nouveau projet de proposition</translation>
    </message>
    <message>
        <source>e.g. Principles for drought-year sharing</source>
        <translation>p. ex. Principes de partage en année de sécheresse</translation>
    </message>
    <message>
        <source>The first draft (Markdown or plain text)</source>
        <translation>Le premier projet (Markdown ou texte brut)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Co-drafter</source>
        <translation>Co-rédacteur</translation>
    </message>
    <message>
        <source>First draft</source>
        <translation>Premier projet</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Export “{title}” as a PDF</source>
        <translation>Exporter «&#xa0;{title}&#xa0;» en PDF</translation>
    </message>
    <message>
        <source>The PDF is NOT encrypted: anyone who gets the file can read it. Every page says it is confidential and names the person the copy is for. In a record that is not attributable, participants&apos; names are replaced by neutral labels; code names always replace real names.</source>
        <translation>Le PDF n&apos;est PAS chiffré&#xa0;: quiconque obtient le fichier peut le lire. Chaque page indique qu&apos;il est confidentiel et nomme la personne à qui la copie est destinée. Dans un compte rendu non attribuable, les noms des participants sont remplacés par des libellés neutres&#xa0;; les noms de code remplacent toujours les vrais noms.</translation>
    </message>
    <message>
        <source>e.g. Dr Samir Khoury</source>
        <translation>p. ex. Dr Samir Khoury</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>Copie pour</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Who may receive “{title}”</source>
        <translation>Qui peut recevoir «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Tick the working groups this paper may be shared with. Sharing it with anyone outside them then needs an explicit override, written to the audit log. With none ticked, it may be shared with any contact.</source>
        <translation>Cochez les groupes de travail avec lesquels ce document peut être partagé. Le partager avec quelqu&apos;un d&apos;extérieur demandera alors une dérogation explicite, inscrite au journal d&apos;audit. Si aucun n&apos;est coché, il peut être partagé avec n&apos;importe quel contact.</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>There are no working groups yet. Create one under Working groups, then come back to restrict this paper to it.</source>
        <translation>Il n&apos;y a pas encore de groupe de travail. Créez-en un dans Groupes de travail, puis revenez y restreindre ce document.</translation>
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
        <translation>Principal</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Auto-lock…</source>
        <translation>Verrouillage auto…</translation>
    </message>
    <message>
        <source>Panic exit</source>
        <translation>Sortie d&apos;urgence</translation>
    </message>
    <message>
        <source>Lock at once, clear the clipboard and close every window ({shortcut})</source>
        <translation>Verrouiller immédiatement, vider le presse-papiers et fermer toutes les fenêtres ({shortcut})</translation>
    </message>
    <message>
        <source>Emergency erase…</source>
        <translation>Effacement d&apos;urgence…</translation>
    </message>
    <message>
        <source>Destroy the vault for good: its keys first, then its files ({shortcut})</source>
        <translation>Détruire le coffre définitivement&#xa0;: d&apos;abord ses clés, puis ses fichiers ({shortcut})</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Write the whole vault, encrypted, to one file (for a drive kept elsewhere)</source>
        <translation>Écrire tout le coffre, chiffré, dans un seul fichier (pour un disque gardé ailleurs)</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <source>Prove that a backup file restores, without restoring it</source>
        <translation>Prouver qu&apos;un fichier de sauvegarde se restaure, sans le restaurer</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Phrase de passe…</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase</source>
        <translation>Changer la phrase de passe du coffre</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Phrase de passe de contrainte…</translation>
    </message>
    <message>
        <source>A passphrase that destroys the vault and opens an empty one instead</source>
        <translation>Une phrase de passe qui détruit le coffre et en ouvre un vide à la place</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Safety…</source>
        <translation>Sécurité…</translation>
    </message>
    <message>
        <source>Panic exit and failed-unlock settings</source>
        <translation>Sortie d&apos;urgence et réglages des échecs de déverrouillage</translation>
    </message>
    <message>
        <source>Check the vault…</source>
        <translation>Vérifier le coffre…</translation>
    </message>
    <message>
        <source>Authenticate every page of the vault and verify its audit log</source>
        <translation>Authentifier chaque page du coffre et vérifier son journal d&apos;audit</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Langue…</translation>
    </message>
    <message>
        <source>Choose the language of the interface</source>
        <translation>Choisir la langue de l&apos;interface</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Search notes, people and papers  (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: notes, personnes, documents  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the vault</source>
        <translation>Rechercher dans le coffre</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase or the recovery key of the vault it was made from.</source>
        <translation>La sauvegarde a été restaurée. Déverrouillez-la avec la phrase de passe ou la clé de récupération du coffre dont elle provient.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase de passe a été changée.</translation>
    </message>
    <message>
        <source>The duress passphrase is set.</source>
        <translation>La phrase de passe de contrainte est définie.</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the interface (used from the next start of Quietroom):</source>
        <translation>Langue de l&apos;interface (appliquée au prochain démarrage de Quietroom)&#xa0;:</translation>
    </message>
    <message>
        <source>The new language is used when Quietroom next starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Quietroom.</translation>
    </message>
    <message>
        <source>About Quietroom</source>
        <translation>À propos de Quietroom</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Coffre déverrouillé.</translation>
    </message>
    <message>
        <source>Unlock attempts</source>
        <translation>Tentatives de déverrouillage</translation>
    </message>
    <message numerus="yes">
        <source>%n unlock attempt(s) failed since the vault was last opened.</source>
        <translation>
            <numerusform>%n tentative de déverrouillage a échoué depuis la dernière ouverture du coffre.</numerusform>
            <numerusform>%n tentatives de déverrouillage ont échoué depuis la dernière ouverture du coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-unlock guard was removed or changed while the vault was locked; it has been restored. Someone may have tried to guess your passphrase.</source>
        <translation>Le garde-fou contre les échecs de déverrouillage a été supprimé ou modifié pendant que le coffre était verrouillé&#xa0;; il a été rétabli. Quelqu&apos;un a peut-être essayé de deviner votre phrase de passe.</translation>
    </message>
    <message>
        <source>Locked after a period without activity.</source>
        <translation>Verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Your vault is locked.</source>
        <translation>Votre coffre est verrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>Locks after %n min idle</source>
        <translation>
            <numerusform>Se verrouille après %n min d&apos;inactivité</numerusform>
            <numerusform>Se verrouille après %n min d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock is off</source>
        <translation>Le verrouillage automatique est désactivé</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without activity (0 turns it off):</source>
        <translation>Verrouiller le coffre après ce nombre de minutes d&apos;inactivité (0 le désactive)&#xa0;:</translation>
    </message>
    <message>
        <source>Turn auto-lock off?</source>
        <translation>Désactiver le verrouillage automatique&#xa0;?</translation>
    </message>
    <message>
        <source>An unattended, unlocked laptop exposes everything in the vault. Turn auto-lock off anyway?</source>
        <translation>Un ordinateur portable déverrouillé et laissé sans surveillance expose tout le contenu du coffre. Désactiver quand même le verrouillage automatique&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n unlock attempt(s) left before the vault is erased.</source>
        <translation>
            <numerusform>%n tentative de déverrouillage restante avant l&apos;effacement du coffre.</numerusform>
            <numerusform>%n tentatives de déverrouillage restantes avant l&apos;effacement du coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
    <message>
        <source>Destroy this vault now? Its keys are destroyed first, then its files. Nobody, you included, can open it again: only a backup kept elsewhere survives.</source>
        <translation>Détruire ce coffre maintenant&#xa0;? Ses clés sont détruites d&apos;abord, puis ses fichiers. Personne, vous compris, ne pourra plus l&apos;ouvrir&#xa0;: seule une sauvegarde conservée ailleurs subsiste.</translation>
    </message>
    <message>
        <source>Erase after failed unlocks</source>
        <translation>Effacer après des échecs de déverrouillage</translation>
    </message>
    <message>
        <source>Erase the vault after this many failed unlock attempts in a row (0 turns it off):</source>
        <translation>Effacer le coffre après ce nombre d&apos;échecs de déverrouillage consécutifs (0 le désactive)&#xa0;:</translation>
    </message>
    <message>
        <source>Should the panic exit ({shortcut}) also ERASE the vault, with no undo?</source>
        <translation>La sortie d&apos;urgence ({shortcut}) doit-elle aussi EFFACER le coffre, sans retour possible&#xa0;?</translation>
    </message>
    <message>
        <source>Safety settings</source>
        <translation>Réglages de sécurité</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>a hit was opened (payload: SearchHit).</extracomment>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>The %n best matches for “{query}”: scroll for more, or add a word to narrow the search.</source>
        <translation>
            <numerusform>Les %n meilleurs résultats pour «&#xa0;{query}&#xa0;»&#xa0;: faites défiler pour en voir plus, ou ajoutez un mot pour affiner la recherche.</numerusform>
            <numerusform>Les %n meilleurs résultats pour «&#xa0;{query}&#xa0;»&#xa0;: faites défiler pour en voir plus, ou ajoutez un mot pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result for “{query}”</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;{query}&#xa0;»</numerusform>
            <numerusform>%n résultats pour «&#xa0;{query}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “{query}”</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;{query}&#xa0;»</numerusform>
            <numerusform>%n résultats pour «&#xa0;{query}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”. Every word must appear (or start a word).</source>
        <translation>Rien trouvé pour «&#xa0;{query}&#xa0;». Chaque mot doit figurer (ou commencer un mot).</translation>
    </message>
    <message>
        <source>Search failed: {error}.</source>
        <translation>La recherche a échoué&#xa0;: {error}.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Phrase de passe ou clé de récupération</translation>
    </message>
    <message>
        <source>This is the recovery key</source>
        <translation>C&apos;est la clé de récupération</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit round</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>optional, e.g. Workshop on water sharing</source>
        <translation>facultatif, p. ex. Atelier sur le partage de l&apos;eau</translation>
    </message>
    <message>
        <source>Participants who attended</source>
        <translation>Participants présents</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Delete round…</source>
        <translation>Supprimer la séance…</translation>
    </message>
    <message>
        <source>Export the round as PDF…</source>
        <translation>Exporter la séance en PDF…</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>nobody recorded yet</source>
        <translation>personne n&apos;est encore inscrit</translation>
    </message>
    <message>
        <source>Attended: {names}</source>
        <translation>Présents&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Note on round {round_no}</source>
        <translation>Note sur la séance {round_no}</translation>
    </message>
    <message>
        <source>Round {round_no}</source>
        <translation>Séance {round_no}</translation>
    </message>
    <message>
        <source>Its notes go too.</source>
        <translation>Ses notes sont supprimées aussi.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a paper</source>
        <extracomment>a packet was written (payload: SharedPacket).</extracomment>
        <translation>Partager un document</translation>
    </message>
    <message>
        <source>The paper is sealed so that only the people listed below (and you) can open it. The packet can travel by any route: nobody else can read it or change it unseen.</source>
        <translation>Le document est scellé de sorte que seules les personnes listées ci-dessous (et vous) puissent l&apos;ouvrir. Le paquet peut emprunter n&apos;importe quel chemin&#xa0;: personne d&apos;autre ne peut le lire ni le modifier sans que cela se voie.</translation>
    </message>
    <message>
        <source>Paper to share</source>
        <translation>Document à partager</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>Un groupe de travail</translation>
    </message>
    <message>
        <source>Chosen contacts</source>
        <translation>Des contacts choisis</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Contacts to share with</source>
        <translation>Contacts avec qui partager</translation>
    </message>
    <message>
        <source>  (not verified)</source>
        <translation>  (non vérifié)</translation>
    </message>
    <message>
        <source>No working groups yet</source>
        <translation>Aucun groupe de travail pour l&apos;instant</translation>
    </message>
    <message>
        <source>Who will receive it</source>
        <translation>Qui le recevra</translation>
    </message>
    <message>
        <source>Seal it for the unverified contacts anyway</source>
        <translation>Le sceller quand même pour les contacts non vérifiés</translation>
    </message>
    <message>
        <source>Share beyond the compartment anyway (this is written to the audit log)</source>
        <translation>Partager quand même hors du compartiment (ceci est inscrit au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>The exchange folder ({folder})</source>
        <translation>Le dossier d&apos;échange ({folder})</translation>
    </message>
    <message>
        <source>The exchange folder (not set)</source>
        <translation>Le dossier d&apos;échange (non défini)</translation>
    </message>
    <message>
        <source>Set it on the Exchange page.</source>
        <translation>Définissez-le sur la page Échange.</translation>
    </message>
    <message>
        <source>A file I choose</source>
        <translation>Un fichier que je choisis</translation>
    </message>
    <message>
        <source>Packet file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>Where to write the packet</source>
        <translation>Où écrire le paquet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Partager avec</translation>
    </message>
    <message>
        <source>Receives it</source>
        <translation>Le reçoit</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Écrire dans</translation>
    </message>
    <message>
        <source>Seal and write packet</source>
        <translation>Sceller et écrire le paquet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>⛔  {name} — KEYS CHANGED: re-verify in Contacts before sharing</source>
        <translation>⛔  {name} — CLÉS MODIFIÉES&#xa0;: revérifiez dans Contacts avant de partager</translation>
    </message>
    <message>
        <source>✓  {name} — verified</source>
        <translation>✓  {name} — vérifié</translation>
    </message>
    <message>
        <source>⚠  {name} — NOT VERIFIED: fingerprint not compared yet</source>
        <translation>⚠  {name} — NON VÉRIFIÉ&#xa0;: empreinte pas encore comparée</translation>
    </message>
    <message>
        <source>✗  {name} — no contact card: will NOT receive it</source>
        <translation>✗  {name} — pas de carte de contact&#xa0;: ne le recevra PAS</translation>
    </message>
    <message>
        <source>Nobody yet: choose a working group or contacts.</source>
        <translation>Personne pour l&apos;instant&#xa0;: choisissez un groupe de travail ou des contacts.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient is not verified: if a card is not really theirs, someone else could read the paper.</source>
        <translation>
            <numerusform>%n destinataire n&apos;est pas vérifié&#xa0;: si une carte n&apos;est pas vraiment la sienne, quelqu&apos;un d&apos;autre pourrait lire le document.</numerusform>
            <numerusform>%n destinataires ne sont pas vérifiés&#xa0;: si une carte n&apos;est pas vraiment la leur, quelqu&apos;un d&apos;autre pourrait lire le document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipients are not verified: if a card is not really theirs, someone else could read the paper.</source>
        <translation>
            <numerusform>%n destinataire n&apos;est pas vérifié&#xa0;: si une carte n&apos;est pas vraiment la sienne, quelqu&apos;un d&apos;autre pourrait lire le document.</numerusform>
            <numerusform>%n destinataires ne sont pas vérifiés&#xa0;: si une carte n&apos;est pas vraiment la leur, quelqu&apos;un d&apos;autre pourrait lire le document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member has no contact card and will not receive it.</source>
        <translation>
            <numerusform>%n membre n&apos;a pas de carte de contact et ne le recevra pas.</numerusform>
            <numerusform>%n membres n&apos;ont pas de carte de contact et ne le recevront pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members have no contact card and will not receive it.</source>
        <translation>
            <numerusform>%n membre n&apos;a pas de carte de contact et ne le recevra pas.</numerusform>
            <numerusform>%n membres n&apos;ont pas de carte de contact et ne le recevront pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This paper may go only to </source>
        <translation>Ce document ne peut aller qu&apos;à </translation>
    </message>
    <message>
        <source>. Outside them: </source>
        <translation>. Hors de ce cercle&#xa0;: </translation>
    </message>
    <message>
        <source>Write the packet to</source>
        <translation>Écrire le paquet dans</translation>
    </message>
    <message>
        <source>Quietroom packets (*.qrp)</source>
        <translation>Paquets Quietroom (*.qrp)</translation>
    </message>
    <message>
        <source>Sealing “{title}”…</source>
        <translation>Scellement de «&#xa0;{title}&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n contact and written to {path}.</source>
        <translation>
            <numerusform>Scellé pour %n contact et écrit dans {path}.</numerusform>
            <numerusform>Scellé pour %n contacts et écrit dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed for %n contacts and written to {path}.</source>
        <translation>
            <numerusform>Scellé pour %n contact et écrit dans {path}.</numerusform>
            <numerusform>Scellé pour %n contacts et écrit dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled: no packet was written.</source>
        <translation>Annulé&#xa0;: aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not sealed: {text}.</source>
        <translation>Non scellé&#xa0;: {text}.</translation>
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
        <translation>Votre coffre est verrouillé.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Type your passphrase</source>
        <translation>Tapez votre phrase de passe</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Coffre&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>XXXXX-XXXXX-…  (case, spaces and dashes do not matter)</source>
        <translation>XXXXX-XXXXX-…  (majuscules, espaces et tirets sans importance)</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Utiliser plutôt la phrase de passe</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Tapez d&apos;abord votre clé de récupération.</translation>
    </message>
    <message>
        <source>Deriving the key from your passphrase…</source>
        <translation>Dérivation de la clé à partir de votre phrase de passe…</translation>
    </message>
    <message>
        <source>Updating how this vault is stored (after an update of Quietroom, or to give back the space of deleted records). A large vault can take a minute or two…</source>
        <translation>Mise à jour du stockage de ce coffre (après une mise à jour de Quietroom, ou pour rendre la place des éléments supprimés). Un grand coffre peut prendre une à deux minutes…</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ce coffre. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas ce coffre. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>The vault is damaged: {error}. Restore it from a backup.</source>
        <translation>Le coffre est endommagé&#xa0;: {error}. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault could not be opened: {error}.</source>
        <translation>Le coffre n&apos;a pas pu être ouvert&#xa0;: {error}.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Compare fingerprints with {name}</source>
        <translation>Comparer les empreintes avec {name}</translation>
    </message>
    <message>
        <source>Ask {name} to open Quietroom and read out their own fingerprint, in person or on a call where you recognise their voice. Type each group as you hear it. Never take the digits from the same message that brought the card.</source>
        <translation>Demandez à {name} d&apos;ouvrir Quietroom et de vous lire sa propre empreinte, en personne ou lors d&apos;un appel où vous reconnaissez sa voix. Tapez chaque groupe au fur et à mesure. Ne prenez jamais les chiffres dans le message qui a apporté la carte.</translation>
    </message>
    <message>
        <source>On the card you hold</source>
        <translation>Sur la carte que vous détenez</translation>
    </message>
    <message>
        <source>What they read out</source>
        <translation>Ce qui vous a été lu</translation>
    </message>
    <message>
        <source>Group {number} on the card</source>
        <translation>Groupe {number} sur la carte</translation>
    </message>
    <message>
        <source>Group {number} as read out</source>
        <translation>Groupe {number} tel que lu</translation>
    </message>
    <message>
        <source>Mark as verified…</source>
        <translation>Marquer comme vérifié…</translation>
    </message>
    <message>
        <source>Group {listed} does not match. Do not verify: check you heard it right, and if it still differs, this card may not be theirs.</source>
        <translation>Le groupe {listed} ne correspond pas. Ne vérifiez pas&#xa0;: assurez-vous d&apos;avoir bien entendu, et si la différence persiste, cette carte n&apos;est peut-être pas la sienne.</translation>
    </message>
    <message>
        <source>Groups {listed} do not match. Do not verify: check you heard it right, and if it still differs, this card may not be theirs.</source>
        <translation>Les groupes {listed} ne correspondent pas. Ne vérifiez pas&#xa0;: assurez-vous d&apos;avoir bien entendu, et si la différence persiste, cette carte n&apos;est peut-être pas la sienne.</translation>
    </message>
    <message>
        <source>Every group matches.</source>
        <translation>Tous les groupes correspondent.</translation>
    </message>
    <message>
        <source>Fill in all twelve groups to compare.</source>
        <translation>Remplissez les douze groupes pour comparer.</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Mark {name} as verified? Do this only if the digits came from {name} directly, in person or by voice.</source>
        <translation>Marquer {name} comme vérifié&#xa0;? Ne le faites que si les chiffres viennent directement de {name}, en personne ou de vive voix.</translation>
    </message>
    <message>
        <source>Not verified: {exc}.</source>
        <translation>Non vérifié&#xa0;: {exc}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <source>Seal the chosen paper for a working group or contacts</source>
        <translation>Sceller le document choisi pour un groupe de travail ou des contacts</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Groupes de travail</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>_NewPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe (encore)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Encore</translation>
    </message>
    <message>
        <source>At least 12 characters and a “strong” rating.</source>
        <translation>Au moins 12 caractères et une solidité «&#xa0;forte&#xa0;».</translation>
    </message>
    <message>
        <source>Too weak. {advice}</source>
        <translation>Trop faible. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Assez solide.</translation>
    </message>
    <message>
        <source>Deriving the new key (a few seconds)…</source>
        <translation>Dérivation de la nouvelle clé (quelques secondes)…</translation>
    </message>
</context>
</TS>
