<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Utväg</source>
      <translation>Om Utväg</translation>
    </message>
    <message>
      <source>Utväg %1 — encrypted case handling for defector and high-risk cases.</source>
      <translation>Utväg %1 — krypterad ärendehantering för avhoppar- och högriskärenden.</translation>
    </message>
    <message>
      <source>Organisation policy (set by your administrator; it cannot be changed here):</source>
      <translation>Organisationens policy (bestäms av din administratör; den kan inte ändras här):</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <source>Swedish</source>
      <translation>svenska</translation>
    </message>
    <message>
      <source>English</source>
      <translation>engelska</translation>
    </message>
    <message>
      <source>built-in defaults (no policy installed)</source>
      <translation>inbyggda standardvärden (ingen policy installerad)</translation>
    </message>
    <message>
      <source>Auto-lock after idle time:</source>
      <translation>Automatisk låsning efter inaktivitet:</translation>
    </message>
    <message>
      <source>%1 minutes</source>
      <translation>%1 minuter</translation>
    </message>
    <message>
      <source>Quick unlock allowed:</source>
      <translation>Snabbupplåsning tillåten:</translation>
    </message>
    <message>
      <source>Own unit:</source>
      <translation>Egen enhet:</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>inte angiven</translation>
    </message>
    <message>
      <source>Default language:</source>
      <translation>Standardspråk:</translation>
    </message>
    <message>
      <source>Statistics suppression threshold:</source>
      <translation>Gräns för undertryckning i statistik:</translation>
    </message>
    <message>
      <source>Policy source:</source>
      <translation>Policyns källa:</translation>
    </message>
  </context>
  <context>
    <name>AddGuardianDialog</name>
    <message>
      <source>Add a guardian</source>
      <translation>Lägg till en vårdnadshavare</translation>
    </message>
    <message>
      <source>&amp;May not be contacted (e.g. part of the threat)</source>
      <translation>Får &amp;inte kontaktas (t.ex. del av hotbilden)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>&amp;Kontakt:</translation>
    </message>
    <message>
      <source>Reason (&amp;why not):</source>
      <translation>Skäl (&amp;varför inte):</translation>
    </message>
    <message>
      <source>&amp;Protected identity:</source>
      <translation>&amp;Skyddad identitet:</translation>
    </message>
  </context>
  <context>
    <name>AgainActions</name>
    <message>
      <source>&amp;Resend the package…</source>
      <translation>&amp;Skicka om paketet…</translation>
    </message>
    <message>
      <source>Seal the case again as a new package when the receiving unit refused the first one (out of order, expired) or it was lost</source>
      <translation>Försegla ärendet på nytt som ett nytt paket när den mottagande enheten avvisade det första (i fel ordning, för gammalt) eller när det har kommit bort</translation>
    </message>
    <message>
      <source>Write the &amp;receipt again…</source>
      <translation>Skriv &amp;kvittot igen…</translation>
    </message>
    <message>
      <source>Write the receipt for &amp;SAV again…</source>
      <translation>Skriv kvittot till &amp;SAV igen…</translation>
    </message>
    <message>
      <source>Write the receipt for SAV's answer to this case's consultation again, as it was sealed when the answer was imported</source>
      <translation>Skriv kvittot för SAV:s svar på ärendets konsultation igen, så som det förseglades när svaret importerades</translation>
    </message>
    <message>
      <source>Resend the package?</source>
      <translation>Skicka om paketet?</translation>
    </message>
    <message>
      <source>The case is sealed again as a new package for the same unit, with the same content. The first package is recorded as replaced: the receiving unit refuses it if it turns up later. Resend?</source>
      <translation>Ärendet förseglas på nytt som ett nytt paket till samma enhet, med samma innehåll. Det första paketet registreras som ersatt: den mottagande enheten avvisar det om det dyker upp senare. Skicka om?</translation>
    </message>
    <message>
      <source>Save the new package</source>
      <translation>Spara det nya paketet</translation>
    </message>
    <message>
      <source>Writing the package again…</source>
      <translation>Skriver paketet på nytt…</translation>
    </message>
    <message>
      <source>No package was written; nothing was changed.</source>
      <translation>Inget paket skrevs; inget ändrades.</translation>
    </message>
    <message>
      <source>Package resent</source>
      <translation>Paketet skickat på nytt</translation>
    </message>
    <message>
      <source>Case %1 is sealed again for %2 in:
%3

Hand this file to %2 instead of the first one; it can be opened until %4.</source>
      <translation>Ärende %1 är förseglat på nytt till %2 i:
%3

Lämna den här filen till %2 i stället för den första; den kan öppnas till och med %4.</translation>
    </message>
    <message>
      <source>Save the receipt</source>
      <translation>Spara kvittot</translation>
    </message>
    <message>
      <source>Writing the receipt…</source>
      <translation>Skriver kvittot…</translation>
    </message>
    <message>
      <source>The receipt file was not written.</source>
      <translation>Kvittofilen skrevs inte.</translation>
    </message>
    <message>
      <source>Receipt written</source>
      <translation>Kvittot skrivet</translation>
    </message>
    <message>
      <source>The receipt is saved in:
%1

Send it back to the unit the case came from, the same way the package came.</source>
      <translation>Kvittot är sparat i:
%1

Skicka tillbaka det till enheten som ärendet kom från, på samma sätt som paketet kom.</translation>
    </message>
    <message>
      <source>Save the receipt for SAV</source>
      <translation>Spara kvittot till SAV</translation>
    </message>
    <message>
      <source>The receipt for SAV's answer is saved in:
%1

Send it back to %2 the same way the answer came.</source>
      <translation>Kvittot för SAV:s svar är sparat i:
%1

Skicka tillbaka det till %2 på samma sätt som svaret kom.</translation>
    </message>
  </context>
  <context>
    <name>AnswerConsultationDialog</name>
    <message>
      <source>Answer %1</source>
      <translation>Svara %1</translation>
    </message>
    <message>
      <source>Decision: a special defector</source>
      <translation>Beslut: särskild avhoppare</translation>
    </message>
    <message>
      <source>Decision: not a special defector</source>
      <translation>Beslut: inte särskild avhoppare</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Råd</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Välj…</translation>
    </message>
    <message>
      <source>Question:</source>
      <translation>Fråga:</translation>
    </message>
    <message>
      <source>&amp;Answer:</source>
      <translation>&amp;Svar:</translation>
    </message>
    <message>
      <source>&amp;Justification or advice:</source>
      <translation>&amp;Motivering eller råd:</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Fil:</translation>
    </message>
    <message>
      <source>The answer is signed by SAV and sealed for %1; they import it and their case records it.</source>
      <translation>Svaret signeras av SAV och förseglas till %1; de importerar det och deras ärende registrerar det.</translation>
    </message>
  </context>
  <context>
    <name>ApplicationDialog</name>
    <message>
      <source>The application the case starts from</source>
      <translation>Ansökan som ärendet utgår från</translation>
    </message>
    <message>
      <source>Which authority (required for one)</source>
      <translation>Vilken myndighet (krävs för en myndighet)</translation>
    </message>
    <message>
      <source>What the application asks for, in short</source>
      <translation>Vad ansökan gäller, i korthet</translation>
    </message>
    <message>
      <source>(none among the attachments)</source>
      <translation>(ingen bland bilagorna)</translation>
    </message>
    <message>
      <source>&amp;Received on:</source>
      <translation>&amp;Inkom den:</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Från:</translation>
    </message>
    <message>
      <source>&amp;Applicant:</source>
      <translation>&amp;Sökande:</translation>
    </message>
    <message>
      <source>A&amp;pplied for:</source>
      <translation>Ansökan a&amp;vser:</translation>
    </message>
    <message>
      <source>&amp;Written application:</source>
      <translation>S&amp;kriftlig ansökan:</translation>
    </message>
    <message>
      <source>The application moves with the case when it is transferred, with what was applied for and the written application: the receiving board opens its investigation on it.</source>
      <translation>Ansökan följer med ärendet när det överflyttas, med vad som ansöktes om och den skriftliga ansökan: den mottagande nämnden inleder sin utredning utifrån den.</translation>
    </message>
  </context>
  <context>
    <name>Assessment</name>
    <message>
      <source>The defector assessment of the guideline applies to defector cases only. For this case, record the assessment in the journal.</source>
      <translation>Riktlinjens bedömning av avhoppare gäller bara avhopparärenden. Dokumentera bedömningen i journalen för det här ärendet.</translation>
    </message>
    <message>
      <source>&amp;Print / save as PDF…</source>
      <translation>Skriv &amp;ut / spara som PDF…</translation>
    </message>
    <message>
      <source>The assessment in force</source>
      <translation>Gällande bedömning</translation>
    </message>
    <message>
      <source>All assessments of this case</source>
      <translation>Alla bedömningar i ärendet</translation>
    </message>
    <message>
      <source>All assessments of this case:</source>
      <translation>Alla bedömningar i ärendet:</translation>
    </message>
    <message>
      <source>In force: the assessment signed by %1 on %2.</source>
      <translation>Gällande: bedömningen som %1 signerade %2.</translation>
    </message>
    <message>
      <source>No assessment has been signed yet.</source>
      <translation>Ingen bedömning är signerad ännu.</translation>
    </message>
    <message>
      <source>No assessment has been made yet.</source>
      <translation>Ingen bedömning är gjord ännu.</translation>
    </message>
    <message>
      <source>A draft is open and can be resumed.</source>
      <translation>Ett utkast är påbörjat och kan återupptas.</translation>
    </message>
    <message>
      <source>Resume &amp;assessment…</source>
      <translation>Återuppta b&amp;edömningen…</translation>
    </message>
    <message>
      <source>New &amp;assessment…</source>
      <translation>Ny b&amp;edömning…</translation>
    </message>
    <message>
      <source>Start &amp;assessment…</source>
      <translation>Påbörja b&amp;edömning…</translation>
    </message>
    <message>
      <source>From the assessment signed by %1 on %2.</source>
      <translation>Från bedömningen som %1 signerade %2.</translation>
    </message>
    <message>
      <source>No threat assessment from the Police is recorded.</source>
      <translation>Ingen hotbildsbedömning från Polisen är registrerad.</translation>
    </message>
    <message>
      <source>No consent is recorded.</source>
      <translation>Inget samtycke är registrerat.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Välj…</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
    <message>
      <source>Superseded</source>
      <translation>Ersatt</translation>
    </message>
    <message>
      <source>In force</source>
      <translation>Gällande</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Påbörjad</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signerad</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Signerad av</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <source>Choose at least one option.</source>
      <translation>Välj minst ett alternativ.</translation>
    </message>
    <message>
      <source>An answer is required.</source>
      <translation>Frågan måste besvaras.</translation>
    </message>
    <message>
      <source>Write the date as YYYY-MM-DD, for example 2024-03-31.</source>
      <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-31.</translation>
    </message>
    <message>
      <source>Write a number.</source>
      <translation>Skriv ett tal.</translation>
    </message>
    <message>
      <source>The answer has the wrong form.</source>
      <translation>Svaret har fel form.</translation>
    </message>
    <message>
      <source>The date must not be in the future.</source>
      <translation>Datumet får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>Choose one of the options given.</source>
      <translation>Välj ett av de angivna alternativen.</translation>
    </message>
    <message>
      <source>This is not a real calendar date.</source>
      <translation>Det är inte ett giltigt datum.</translation>
    </message>
    <message>
      <source>The dates are in the wrong order.</source>
      <translation>Datumen är i fel ordning.</translation>
    </message>
    <message>
      <source>The text is too long (at most %1 characters).</source>
      <translation>Texten är för lång (högst %1 tecken).</translation>
    </message>
    <message>
      <source>Write a whole number.</source>
      <translation>Skriv ett heltal.</translation>
    </message>
    <message>
      <source>The number must be at least %1.</source>
      <translation>Talet måste vara minst %1.</translation>
    </message>
    <message>
      <source>The number must be at most %1.</source>
      <translation>Talet får vara högst %1.</translation>
    </message>
    <message>
      <source>The consent has been withdrawn: the assessment cannot rest on information exchanged under it. Record a new consent or close the case.</source>
      <translation>Samtycket har återkallats: bedömningen kan inte vila på uppgifter som utbytts med stöd av det. Registrera ett nytt samtycke eller avsluta ärendet.</translation>
    </message>
    <message>
      <source>A high threat always means a high protection need.</source>
      <translation>En hög hotbild innebär alltid ett högt skyddsbehov.</translation>
    </message>
    <message>
      <source>With a high threat the person needs society's protection: answer yes.</source>
      <translation>Vid hög hotbild behöver individen samhällets skydd: svara ja.</translation>
    </message>
    <message>
      <source>A high threat always means relocation away from Gothenburg.</source>
      <translation>En hög hotbild innebär alltid flytt bort från Göteborg.</translation>
    </message>
    <message>
      <source>This answer does not apply given the other answers.</source>
      <translation>Svaret gäller inte med hänsyn till de andra svaren.</translation>
    </message>
    <message>
      <source>Guideline: %1</source>
      <translation>Riktlinjen: %1</translation>
    </message>
    <message>
      <source>Step %1 of %2 · Questions marked * must be answered.</source>
      <translation>Steg %1 av %2 · Frågor markerade med * måste besvaras.</translation>
    </message>
    <message>
      <source>Belongs to a criminal network, a violent-extremist milieu or an honour context</source>
      <translation>Tillhör en kriminell gruppering/nätverk, våldsbejakande extremistisk miljö eller hederskontext</translation>
    </message>
    <message>
      <source>Wants to leave it</source>
      <translation>Vill lämna miljön</translation>
    </message>
    <message>
      <source>Needs society's support and/or protection</source>
      <translation>Har behov av samhällets stöd och/eller skydd</translation>
    </message>
    <message>
      <source>Consents to lifting confidentiality between authorities</source>
      <translation>Samtycker till att sekretessen mellan myndigheter bryts</translation>
    </message>
    <message>
      <source>Away from Gothenburg</source>
      <translation>Bort från Göteborg</translation>
    </message>
    <message>
      <source>Within Gothenburg</source>
      <translation>Inom Göteborg</translation>
    </message>
    <message>
      <source>No relocation</source>
      <translation>Ingen flytt</translation>
    </message>
    <message>
      <source>Not assessed yet</source>
      <translation>Inte bedömt ännu</translation>
    </message>
    <message>
      <source>Not a defector; the case stays with %1</source>
      <translation>Inte avhoppare; ärendet stannar hos %1</translation>
    </message>
    <message>
      <source>Special defector, handled by %1</source>
      <translation>Särskild avhoppare, handläggs av %1</translation>
    </message>
    <message>
      <source>Defector, handled by %1</source>
      <translation>Avhoppare, handläggs av %1</translation>
    </message>
    <message>
      <source>Defector</source>
      <translation>Avhoppare</translation>
    </message>
    <message>
      <source>Special defector</source>
      <translation>Särskild avhoppare</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>Handläggs av</translation>
    </message>
    <message>
      <source>Relocation</source>
      <translation>Flytt</translation>
    </message>
    <message>
      <source>Criteria</source>
      <translation>Kriterier</translation>
    </message>
    <message>
      <source>met</source>
      <translation>uppfyllt</translation>
    </message>
    <message>
      <source>not met</source>
      <translation>inte uppfyllt</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Varningar</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Inga.</translation>
    </message>
    <message>
      <source>Draft — not signed. Check the outcome and its reasons, then sign.</source>
      <translation>Utkast – inte signerat. Granska resultatet och skälen och signera sedan.</translation>
    </message>
    <message>
      <source>Signed by %1 on %2.</source>
      <translation>Signerad av %1 den %2.</translation>
    </message>
    <message>
      <source>Superseded by a later assessment.</source>
      <translation>Ersatt av en senare bedömning.</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Svar</translation>
    </message>
    <message>
      <source>Form: %1, version %2. Guideline: %3</source>
      <translation>Formulär: %1, version %2. Riktlinje: %3</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>&amp;Back</source>
      <translation>&amp;Bakåt</translation>
    </message>
    <message>
      <source>&amp;Save and close</source>
      <translation>&amp;Spara och stäng</translation>
    </message>
    <message>
      <source>&amp;Next</source>
      <translation>&amp;Nästa</translation>
    </message>
    <message>
      <source>S&amp;ign…</source>
      <translation>Si&amp;gnera…</translation>
    </message>
    <message>
      <source>&amp;Print / save as PDF…</source>
      <translation>Skriv &amp;ut / spara som PDF…</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>S&amp;täng</translation>
    </message>
    <message>
      <source>The case is routed to %1, another board, so it will be transferred there.</source>
      <translation>Ärendet fördelas till %1, en annan nämnd, och ska alltså överlämnas dit.</translation>
    </message>
    <message>
      <source>Unless the threat is assessed as high, the case goes to %1, the district of belonging and another board, and will be transferred there.</source>
      <translation>Om inte hotbilden bedöms som hög går ärendet till %1, stadsområdet där personen har sin tillhörighet och en annan nämnd, och ska då överlämnas dit.</translation>
    </message>
    <message>
      <source>If the threat is assessed as high, the case goes to %1, another board, and will be transferred there.</source>
      <translation>Om hotbilden bedöms som hög går ärendet till %1, en annan nämnd, och ska då överlämnas dit.</translation>
    </message>
    <message>
      <source>The consent does not cover "Annan socialtjänst" (other social services): the transfer will be refused unless the signed form names it or another legal ground applies.</source>
      <translation>Samtycket omfattar inte ”Annan socialtjänst”: överlämnandet nekas om inte den undertecknade blanketten nämner den eller en annan rättslig grund finns.</translation>
    </message>
    <message>
      <source>Without a consent that covers "Annan socialtjänst" (other social services), the transfer will be refused unless another legal ground applies.</source>
      <translation>Utan ett samtycke som omfattar ”Annan socialtjänst” nekas överlämnandet om inte en annan rättslig grund finns.</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>May not be contacted: %1.</source>
      <translation>Får inte kontaktas: %1.</translation>
    </message>
    <message>
      <source>The person is under 18: record the young person's and each guardian's position under Consent › Positions (under 18).</source>
      <translation>Personen är under 18 år: registrera den unges och varje vårdnadshavares ståndpunkt under Samtycke › Ståndpunkter (under 18).</translation>
    </message>
    <message>
      <source>Sign the assessment?</source>
      <translation>Signera bedömningen?</translation>
    </message>
    <message>
      <source>Once signed, the assessment cannot be changed. A later assessment can supersede it. Sign now?</source>
      <translation>En signerad bedömning kan inte ändras. En senare bedömning kan ersätta den. Signera nu?</translation>
    </message>
    <message>
      <source>&amp;Sign</source>
      <translation>&amp;Signera</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <source>Attachment</source>
      <translation>Bilaga</translation>
    </message>
    <message>
      <source>This kind of file cannot be shown inside Utväg. Use "Save as…" to open it elsewhere.</source>
      <translation>Den här typen av fil kan inte visas i Utväg. Använd "Spara som…" för att öppna den i ett annat program.</translation>
    </message>
    <message>
      <source>The PDF could not be shown (it is damaged or protected by a password).</source>
      <translation>PDF-filen kunde inte visas (den är skadad eller skyddad med lösenord).</translation>
    </message>
    <message>
      <source>Only the first %1 of %2 pages are shown.</source>
      <translation>Bara de första %1 av %2 sidorna visas.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <source>A&amp;dd file…</source>
      <translation>Lägg &amp;till fil…</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Spara so&amp;m…</translation>
    </message>
    <message>
      <source>Adding the file…</source>
      <translation>Lägger till filen…</translation>
    </message>
    <message>
      <source>The file could not be read.</source>
      <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Bifoga en fil</translation>
    </message>
    <message>
      <source>Opening the attachment…</source>
      <translation>Öppnar bilagan…</translation>
    </message>
    <message>
      <source>Save unencrypted copy?</source>
      <translation>Spara en okrypterad kopia?</translation>
    </message>
    <message>
      <source>The saved file will NOT be encrypted. Anyone with access to where you save it can read it. Save anyway?</source>
      <translation>Den sparade filen blir INTE krypterad. Alla som kommer åt platsen där du sparar den kan läsa den. Spara ändå?</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>Spara som</translation>
    </message>
    <message>
      <source>Saving the copy…</source>
      <translation>Sparar kopian…</translation>
    </message>
    <message>
      <source>The file could not be saved.</source>
      <translation>Filen kunde inte sparas.</translation>
    </message>
  </context>
  <context>
    <name>AuditLogModel</name>
    <message>
      <source>created the case</source>
      <translation>skapade ärendet</translation>
    </message>
    <message>
      <source>opened the case</source>
      <translation>öppnade ärendet</translation>
    </message>
    <message>
      <source>wrote a note</source>
      <translation>skrev en anteckning</translation>
    </message>
    <message>
      <source>edited a draft note</source>
      <translation>ändrade ett utkast</translation>
    </message>
    <message>
      <source>signed a note</source>
      <translation>signerade en anteckning</translation>
    </message>
    <message>
      <source>added an attachment</source>
      <translation>lade till en bilaga</translation>
    </message>
    <message>
      <source>viewed an attachment</source>
      <translation>visade en bilaga</translation>
    </message>
    <message>
      <source>revealed a protected identity</source>
      <translation>visade en skyddad identitet</translation>
    </message>
    <message>
      <source>flagged the case high-risk</source>
      <translation>markerade ärendet som hög risk</translation>
    </message>
    <message>
      <source>cleared the high-risk flag</source>
      <translation>tog bort markeringen hög risk</translation>
    </message>
    <message>
      <source>read the risk overview</source>
      <translation>läste risköversikten</translation>
    </message>
    <message>
      <source>recorded an incident against staff</source>
      <translation>registrerade en händelse mot personal</translation>
    </message>
    <message>
      <source>read the incidents against staff</source>
      <translation>läste händelserna mot personal</translation>
    </message>
    <message>
      <source>printed a Police report draft</source>
      <translation>skrev ut ett utkast till polisanmälan</translation>
    </message>
    <message>
      <source>wrote a risk assessment</source>
      <translation>skrev en riskbedömning</translation>
    </message>
    <message>
      <source>changed a risk assessment</source>
      <translation>ändrade en riskbedömning</translation>
    </message>
    <message>
      <source>signed a risk assessment</source>
      <translation>signerade en riskbedömning</translation>
    </message>
    <message>
      <source>reassigned the case</source>
      <translation>bytte handläggare</translation>
    </message>
    <message>
      <source>handed the case to a colleague</source>
      <translation>lämnade över ärendet till en kollega</translation>
    </message>
    <message>
      <source>was refused handing the case to a colleague</source>
      <translation>nekades att lämna över ärendet till en kollega</translation>
    </message>
    <message>
      <source>took over the case from a colleague</source>
      <translation>tog över ärendet från en kollega</translation>
    </message>
    <message>
      <source>recorded a conflict of interest</source>
      <translation>registrerade jäv</translation>
    </message>
    <message>
      <source>resolved a conflict of interest</source>
      <translation>hanterade ett jäv</translation>
    </message>
    <message>
      <source>recorded a disclosure</source>
      <translation>registrerade ett utlämnande</translation>
    </message>
    <message>
      <source>read the disclosure register</source>
      <translation>läste utlämnanderegistret</translation>
    </message>
    <message>
      <source>exported the disclosure register</source>
      <translation>exporterade utlämnanderegistret</translation>
    </message>
    <message>
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Vad</translation>
    </message>
  </context>
  <context>
    <name>BackgroundOp</name>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>CaseFollowUpTab</name>
    <message>
      <source>Held on</source>
      <translation>Hölls</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Skede</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Inkom</translation>
    </message>
    <message>
      <source>Protection assessment (24 h)</source>
      <translation>Skyddsbedömning (24 tim)</translation>
    </message>
    <message>
      <source>Preliminary assessment (14 days)</source>
      <translation>Förhandsbedömning (14 dagar)</translation>
    </message>
    <message>
      <source>Applied on</source>
      <translation>Ansökt</translation>
    </message>
    <message>
      <source>The Police's decision</source>
      <translation>Polisens beslut</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>Beslutat</translation>
    </message>
    <message>
      <source>Follow-ups with the Police</source>
      <translation>Uppföljningar med Polisen</translation>
    </message>
    <message>
      <source>No follow-ups with the Police are recorded.</source>
      <translation>Inga uppföljningar med Polisen är registrerade.</translation>
    </message>
    <message>
      <source>Concern reports about a child</source>
      <translation>Orosanmälningar om barn</translation>
    </message>
    <message>
      <source>No concern reports are recorded.</source>
      <translation>Inga orosanmälningar är registrerade.</translation>
    </message>
    <message>
      <source>State funding</source>
      <translation>Statliga medel</translation>
    </message>
    <message>
      <source>No state funding is applied for.</source>
      <translation>Inga statliga medel är sökta.</translation>
    </message>
    <message>
      <source>Recor&amp;d a Police follow-up…</source>
      <translation>Registrera p&amp;olisuppföljning…</translation>
    </message>
    <message>
      <source>Record &amp;a concern report…</source>
      <translation>Regis&amp;trera orosanmälan…</translation>
    </message>
    <message>
      <source>Protection assessment made…</source>
      <translation>Skyddsbedömning gjord…</translation>
    </message>
    <message>
      <source>Preliminary assessment made…</source>
      <translation>Förhandsbedömning gjord…</translation>
    </message>
    <message>
      <source>Conversations, feedback and outcomes…</source>
      <translation>Samtal, återkoppling och utfall…</translation>
    </message>
    <message>
      <source>State funding applied for…</source>
      <translation>Statliga &amp;medel sökta…</translation>
    </message>
    <message>
      <source>The Police's decision…</source>
      <translation>Polisens beslut…</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <source>Not yet worked out: shown in a moment.</source>
      <translation>Inte framräknat än: visas strax.</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>High risk</source>
      <translation>Hög risk</translation>
    </message>
    <message>
      <source>Threat level</source>
      <translation>Hotbild</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Nästa frist</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <source>The name is hidden: the person has a protected identity.</source>
      <translation>Namnet är dolt: personen har skyddad identitet.</translation>
    </message>
    <message>
      <source>Staff are threatened in this case: see the High risk tab before any meeting.</source>
      <translation>Personal är hotad i ärendet: läs fliken Hög risk före varje möte.</translation>
    </message>
  </context>
  <context>
    <name>CaseMenu</name>
    <message>
      <source>Cas&amp;e</source>
      <translation>&amp;Ärende</translation>
    </message>
    <message>
      <source>&amp;Close case…</source>
      <translation>&amp;Avsluta ärende…</translation>
    </message>
    <message>
      <source>Add &amp;intervention…</source>
      <translation>Lägg till &amp;insats…</translation>
    </message>
    <message>
      <source>Link &amp;relative…</source>
      <translation>Koppla an&amp;hörig…</translation>
    </message>
    <message>
      <source>Consent &amp;withdrawn…</source>
      <translation>Samtycke &amp;återkallat…</translation>
    </message>
    <message>
      <source>&amp;Hand to a colleague…</source>
      <translation>&amp;Lämna över till kollega…</translation>
    </message>
    <message>
      <source>C&amp;onsult SAV…</source>
      <translation>K&amp;onsultera SAV…</translation>
    </message>
    <message>
      <source>Record the a&amp;pplication…</source>
      <translation>&amp;Registrera ansökan…</translation>
    </message>
    <message>
      <source>Record a d&amp;ecision…</source>
      <translation>Registrera b&amp;eslut…</translation>
    </message>
    <message>
      <source>SAV's special-defector &amp;decision…</source>
      <translation>SAV:s &amp;beslut om särskild avhoppare…</translation>
    </message>
    <message>
      <source>Correct the person's &amp;name…</source>
      <translation>Rätta personens &amp;namn…</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;Översikt</translation>
    </message>
    <message>
      <source>A&amp;ssessment</source>
      <translation>&amp;Bedömning</translation>
    </message>
    <message>
      <source>&amp;Threat and protection</source>
      <translation>Hotbild och sk&amp;ydd</translation>
    </message>
    <message>
      <source>&amp;Consent and disclosures</source>
      <translation>&amp;Samtycke och utlämnanden</translation>
    </message>
    <message>
      <source>&amp;Interventions</source>
      <translation>&amp;Insatser</translation>
    </message>
    <message>
      <source>&amp;Relatives</source>
      <translation>Anhö&amp;riga</translation>
    </message>
    <message>
      <source>&amp;Young person</source>
      <translation>V&amp;årdnadshavare</translation>
    </message>
    <message>
      <source>&amp;Journal</source>
      <translation>&amp;Journal</translation>
    </message>
    <message>
      <source>Attach&amp;ments</source>
      <translation>Bila&amp;gor</translation>
    </message>
    <message>
      <source>High ris&amp;k</source>
      <translation>Hög ris&amp;k</translation>
    </message>
    <message>
      <source>Lo&amp;g</source>
      <translation>&amp;Logg</translation>
    </message>
    <message>
      <source>Case %1</source>
      <translation>Ärende %1</translation>
    </message>
    <message>
      <source>Consent and disclosures</source>
      <translation>Samtycke och utlämnanden</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Samtycke</translation>
    </message>
    <message>
      <source>Disclosure register</source>
      <translation>Utlämnanderegister</translation>
    </message>
    <message>
      <source>Positions (under 18)</source>
      <translation>Ståndpunkter (under 18)</translation>
    </message>
    <message>
      <source>The case's log</source>
      <translation>Ärendets logg</translation>
    </message>
    <message>
      <source>Interventions and follow-up</source>
      <translation>Insatser och uppföljning</translation>
    </message>
    <message>
      <source>Interventions</source>
      <translation>Insatser</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Uppföljning</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>Behov</translation>
    </message>
    <message>
      <source>Custody</source>
      <translation>Frihetsberövande</translation>
    </message>
    <message>
      <source>Threat and protection</source>
      <translation>Hotbild och skydd</translation>
    </message>
    <message>
      <source>In the signed assessment</source>
      <translation>I den signerade bedömningen</translation>
    </message>
    <message>
      <source>The Police's threat assessments</source>
      <translation>Polisens hotbildsbedömningar</translation>
    </message>
    <message>
      <source>Consent (withdrawn)</source>
      <translation>Samtycke (återkallat)</translation>
    </message>
  </context>
  <context>
    <name>CloseCaseDialog</name>
    <message>
      <source>Close case %1</source>
      <translation>Avsluta ärende %1</translation>
    </message>
    <message>
      <source>Closing &amp;reason:</source>
      <translation>Skäl för &amp;avslut:</translation>
    </message>
    <message>
      <source>&amp;Decision date:</source>
      <translation>&amp;Beslutsdatum:</translation>
    </message>
    <message>
      <source>A closed case can be read but no longer changed; follow-ups with the Police after the case can still be recorded. A case that moves to another board is closed by its transfer.</source>
      <translation>Ett avslutat ärende kan läsas men inte längre ändras; uppföljningar med Polisen efter ärendet kan fortfarande registreras. Ett ärende som flyttas till en annan nämnd avslutas genom överflyttningen.</translation>
    </message>
  </context>
  <context>
    <name>ConcernModel</name>
    <message>
      <source>Received</source>
      <translation>Inkom</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Barn</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>Anmälare</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Nästa steg</translation>
    </message>
    <message>
      <source>No case yet</source>
      <translation>Inget ärende än</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Klar</translation>
    </message>
    <message>
      <source>%1 (overdue)</source>
      <translation>%1 (försenad)</translation>
    </message>
  </context>
  <context>
    <name>ConcernReportsView</name>
    <message>
      <source>Concern reports</source>
      <translation>Orosanmälningar</translation>
    </message>
    <message>
      <source>Only reports without a case</source>
      <translation>Bara anmälningar utan ärende</translation>
    </message>
    <message>
      <source>&amp;New concern report…</source>
      <translation>&amp;Ny orosanmälan…</translation>
    </message>
    <message>
      <source>&amp;Protection assessment…</source>
      <translation>&amp;Skyddsbedömning…</translation>
    </message>
    <message>
      <source>P&amp;reliminary assessment…</source>
      <translation>&amp;Förhandsbedömning…</translation>
    </message>
    <message>
      <source>&amp;Feedback given…</source>
      <translation>Åter&amp;koppling lämnad…</translation>
    </message>
    <message>
      <source>&amp;Conversation…</source>
      <translation>Sa&amp;mtal…</translation>
    </message>
    <message>
      <source>&amp;Link to case…</source>
      <translation>Koppla till ä&amp;rende…</translation>
    </message>
    <message>
      <source>Concern reports in case %1</source>
      <translation>Orosanmälningar i ärende %1</translation>
    </message>
    <message>
      <source>Received: %1</source>
      <translation>Inkom: %1</translation>
    </message>
    <message>
      <source>Reporter: %1</source>
      <translation>Anmälare: %1</translation>
    </message>
    <message>
      <source>Child: %1</source>
      <translation>Barn: %1</translation>
    </message>
    <message>
      <source>Feedback asked for: %1</source>
      <translation>Återkoppling önskad: %1</translation>
    </message>
    <message>
      <source>Feedback given: %1</source>
      <translation>Återkoppling lämnad: %1</translation>
    </message>
    <message>
      <source>Protection assessment: %1</source>
      <translation>Skyddsbedömning: %1</translation>
    </message>
    <message>
      <source>Protection assessment: %1, %2</source>
      <translation>Skyddsbedömning: %1, %2</translation>
    </message>
    <message>
      <source>Preliminary assessment: %1</source>
      <translation>Förhandsbedömning: %1</translation>
    </message>
    <message>
      <source>Preliminary assessment: %1, %2</source>
      <translation>Förhandsbedömning: %1, %2</translation>
    </message>
    <message>
      <source>Reason: %1</source>
      <translation>Skäl: %1</translation>
    </message>
    <message>
      <source>Conversation %1 with %2</source>
      <translation>Samtal %1 med %2</translation>
    </message>
    <message>
      <source>No conversation recorded.</source>
      <translation>Inget samtal registrerat.</translation>
    </message>
    <message>
      <source>Overdue since %2: %1</source>
      <translation>Försenad sedan %2: %1</translation>
    </message>
    <message>
      <source>Due by %2: %1</source>
      <translation>Senast %2: %1</translation>
    </message>
    <message>
      <source>No concern report selected.</source>
      <translation>Ingen orosanmälan vald.</translation>
    </message>
    <message>
      <source>Every concern report is linked to a case.</source>
      <translation>Alla orosanmälningar är kopplade till ett ärende.</translation>
    </message>
    <message>
      <source>No concern report about this case's person yet. New concern report… records one.</source>
      <translation>Ingen orosanmälan om ärendets person ännu. Ny orosanmälan… registrerar en.</translation>
    </message>
    <message>
      <source>No concern report has been recorded yet. New concern report… records one.</source>
      <translation>Ingen orosanmälan är registrerad ännu. Ny orosanmälan… registrerar en.</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Ej registrerat</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>inte än</translation>
    </message>
  </context>
  <context>
    <name>ConfirmRecoveryPage</name>
    <message>
      <source>Confirm the recovery key</source>
      <translation>Bekräfta återställningsnyckeln</translation>
    </message>
    <message>
      <source>Take the printed or written-down key. Go back if you have not kept it yet.</source>
      <translation>Ta fram den utskrivna eller nedskrivna nyckeln. Gå tillbaka om du inte har sparat den ännu.</translation>
    </message>
    <message>
      <source>To confirm you have it, type its last &amp;group:</source>
      <translation>Bekräfta att du har den genom att skriva dess s&amp;ista grupp:</translation>
    </message>
  </context>
  <context>
    <name>ConsentPositionsDialog</name>
    <message>
      <source>Positions on the consent</source>
      <translation>Ståndpunkter om samtycket</translation>
    </message>
    <message>
      <source>The person is under 18: record the young person's and each guardian's position on lifting confidentiality.</source>
      <translation>Personen är under 18 år: registrera den unges och varje vårdnadshavares ståndpunkt om att häva sekretessen.</translation>
    </message>
    <message>
      <source>Stated &amp;on:</source>
      <translation>Lämnad &amp;den:</translation>
    </message>
    <message>
      <source>&amp;The young person:</source>
      <translation>Den &amp;unge:</translation>
    </message>
    <message>
      <source>Note:</source>
      <translation>Anteckning:</translation>
    </message>
    <message>
      <source>May not be contacted</source>
      <translation>Får inte kontaktas</translation>
    </message>
    <message>
      <source>May not be contacted: %1</source>
      <translation>Får inte kontaktas: %1</translation>
    </message>
  </context>
  <context>
    <name>ConsentPositionsTab</name>
    <message>
      <source>The young person</source>
      <translation>Den unge</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Vårdnadshavare</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Ståndpunkt</translation>
    </message>
    <message>
      <source>Stated on</source>
      <translation>Lämnad</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <source>Record &amp;positions…</source>
      <translation>R&amp;egistrera ståndpunkter…</translation>
    </message>
    <message>
      <source>Positions on the consent</source>
      <translation>Ståndpunkter om samtycket</translation>
    </message>
    <message>
      <source>No positions are recorded.</source>
      <translation>Inga ståndpunkter är registrerade.</translation>
    </message>
    <message>
      <source>The consent was given while the person was under 18.</source>
      <translation>Samtycket lämnades när personen var under 18 år.</translation>
    </message>
    <message>
      <source>No position recorded for: %1.</source>
      <translation>Ingen ståndpunkt registrerad för: %1.</translation>
    </message>
    <message>
      <source>the young person</source>
      <translation>den unge</translation>
    </message>
  </context>
  <context>
    <name>ConsultSavDialog</name>
    <message>
      <source>Consult SAV about case %1</source>
      <translation>Konsultera SAV om ärende %1</translation>
    </message>
    <message>
      <source>Not with de-identified facts: words may identify the person</source>
      <translation>Inte med avidentifierade uppgifter: fritext kan röja personen</translation>
    </message>
    <message>
      <source>The package carries:</source>
      <translation>Paketet innehåller:</translation>
    </message>
    <message>
      <source>&amp;Question:</source>
      <translation>&amp;Fråga:</translation>
    </message>
    <message>
      <source>Question in &amp;words:</source>
      <translation>Frågan i &amp;ord:</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Fil:</translation>
    </message>
    <message>
      <source>SAV decides whether a defector is a special defector and advises the other boards. The case stays here and open while SAV answers.</source>
      <translation>SAV avgör om en avhoppare är en särskild avhoppare och ger råd till övrig socialtjänst. Ärendet stannar här och är öppet medan SAV svarar.</translation>
    </message>
    <message>
      <source>This vault trusts no key card for SAV yet: exchange cards first (File › Unit keys…).</source>
      <translation>Valvet litar ännu inte på något nyckelkort för SAV: utbyt kort först (Arkiv › Enhetens nycklar…).</translation>
    </message>
  </context>
  <context>
    <name>ConsultationPreviewDialog</name>
    <message>
      <source>A consultation from %1</source>
      <translation>En konsultation från %1</translation>
    </message>
    <message>
      <source>The consultation is signed by a trusted unit, addressed to SAV, not expired and not opened before. No case is made here.</source>
      <translation>Konsultationen är signerad av en betrodd enhet, ställd till SAV, inte förfallen och inte öppnad tidigare. Inget ärende skapas här.</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Från:</translation>
    </message>
    <message>
      <source>Sender's fingerprint:</source>
      <translation>Avsändarens fingeravtryck:</translation>
    </message>
    <message>
      <source>Question:</source>
      <translation>Fråga:</translation>
    </message>
    <message>
      <source>Contents:</source>
      <translation>Innehåll:</translation>
    </message>
    <message>
      <source>Facts:</source>
      <translation>Uppgifter:</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <source>Question in words:</source>
      <translation>Frågan i ord:</translation>
    </message>
    <message>
      <source>&amp;Keep and answer…</source>
      <translation>&amp;Behåll och svara…</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <source>May the guardian be contacted?</source>
      <translation>Får vårdnadshavaren kontaktas?</translation>
    </message>
    <message>
      <source>May &amp;not be contacted</source>
      <translation>Får &amp;inte kontaktas</translation>
    </message>
    <message>
      <source>Reason (&amp;why not):</source>
      <translation>Skäl (&amp;varför inte):</translation>
    </message>
  </context>
  <context>
    <name>ContactPathDialog</name>
    <message>
      <source>Contact path to the unit responsible for the relative</source>
      <translation>Kontaktväg till den verksamhet som ansvarar för den anhörige</translation>
    </message>
    <message>
      <source>Responsible &amp;unit:</source>
      <translation>Ansvarig &amp;enhet:</translation>
    </message>
    <message>
      <source>&amp;Contact path:</source>
      <translation>&amp;Kontaktväg:</translation>
    </message>
  </context>
  <context>
    <name>ConversationDialog</name>
    <message>
      <source>A conversation about the concern report</source>
      <translation>Ett samtal om orosanmälan</translation>
    </message>
    <message>
      <source>&amp;Held on:</source>
      <translation>&amp;Hölls:</translation>
    </message>
    <message>
      <source>With:</source>
      <translation>Med:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Anteckning:</translation>
    </message>
    <message>
      <source>Conversations are held with the child and the guardians except in exceptional cases.</source>
      <translation>Samtal hålls med den unge och vårdnadshavarna utom i undantagsfall.</translation>
    </message>
  </context>
  <context>
    <name>CustodyDialog</name>
    <message>
      <source>Prison or closed youth care</source>
      <translation>Fängelse eller sluten ungdomsvård</translation>
    </message>
    <message>
      <source>Known</source>
      <translation>Känt</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Typ:</translation>
    </message>
    <message>
      <source>&amp;Institution:</source>
      <translation>&amp;Anstalt/institution:</translation>
    </message>
    <message>
      <source>Stay &amp;started:</source>
      <translation>Vistelsen &amp;började:</translation>
    </message>
    <message>
      <source>Expected &amp;release:</source>
      <translation>Väntad &amp;frigivning:</translation>
    </message>
    <message>
      <source>Planning the transition to release with Kriminalvården or SiS is due %1 days before the expected release (the organisation's policy).</source>
      <translation>Planeringen av övergången till frigivning med Kriminalvården eller SiS ska göras %1 dagar före den väntade frigivningen (organisationens policy).</translation>
    </message>
  </context>
  <context>
    <name>CustodyStepDialog</name>
    <message>
      <source>Transition planned with Kriminalvården/SiS</source>
      <translation>Övergången planerad med Kriminalvården/SiS</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Frigiven</translation>
    </message>
    <message>
      <source>Release expected on another day</source>
      <translation>Frigivningen väntas en annan dag</translation>
    </message>
    <message>
      <source>&amp;On:</source>
      <translation>&amp;Den:</translation>
    </message>
    <message>
      <source>%1, expected release %2.</source>
      <translation>%1, väntad frigivning %2.</translation>
    </message>
  </context>
  <context>
    <name>CustodyTab</name>
    <message>
      <source>Kind</source>
      <translation>Slag</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>Anstalt/institution</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>Påbörjad</translation>
    </message>
    <message>
      <source>Expected release</source>
      <translation>Väntad frigivning</translation>
    </message>
    <message>
      <source>Transition planned</source>
      <translation>Övergång planerad</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Frigiven</translation>
    </message>
    <message>
      <source>Prison or closed youth care</source>
      <translation>Fängelse eller sluten ungdomsvård</translation>
    </message>
    <message>
      <source>No stay in prison or closed youth care is recorded.</source>
      <translation>Ingen vistelse i fängelse eller sluten ungdomsvård är registrerad.</translation>
    </message>
    <message>
      <source>&amp;Add a stay…</source>
      <translation>&amp;Lägg till vistelse…</translation>
    </message>
    <message>
      <source>Transition &amp;planned…</source>
      <translation>Övergången &amp;planerad…</translation>
    </message>
    <message>
      <source>Re&amp;leased…</source>
      <translation>Fri&amp;given…</translation>
    </message>
    <message>
      <source>Release &amp;moved…</source>
      <translation>Frigivningen &amp;flyttad…</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>Record a decision</source>
      <translation>Registrera beslut</translation>
    </message>
    <message>
      <source>What was granted or refused</source>
      <translation>Vad som beviljades eller avslogs</translation>
    </message>
    <message>
      <source>Unit manager</source>
      <translation>Enhetschef</translation>
    </message>
    <message>
      <source>Section manager</source>
      <translation>Sektionschef</translation>
    </message>
    <message>
      <source>Individual committee</source>
      <translation>Individutskottet</translation>
    </message>
    <message>
      <source>The decision-maker's role, as delegated</source>
      <translation>Beslutsfattarens roll enligt delegationsordningen</translation>
    </message>
    <message>
      <source>&amp;Concerns:</source>
      <translation>Beslutet &amp;gäller:</translation>
    </message>
    <message>
      <source>O&amp;utcome:</source>
      <translation>&amp;Utfall:</translation>
    </message>
    <message>
      <source>&amp;What was decided:</source>
      <translation>&amp;Vad som beslutades:</translation>
    </message>
    <message>
      <source>Decided &amp;on:</source>
      <translation>Beslutat &amp;den:</translation>
    </message>
    <message>
      <source>Decided &amp;by (role):</source>
      <translation>Beslutat av (&amp;roll):</translation>
    </message>
    <message>
      <source>&amp;Appeal notice:</source>
      <translation>Överklagande&amp;hänvisning:</translation>
    </message>
    <message>
      <source>A refusal tells the person how to appeal: the standard notice is written in, and can be adjusted to the decision.</source>
      <translation>Ett avslag talar om för den enskilde hur beslutet kan överklagas: standardtexten är ifylld och kan anpassas till beslutet.</translation>
    </message>
  </context>
  <context>
    <name>DecisionsSection</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Gäller</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <source>What was decided</source>
      <translation>Vad som beslutades</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <source>Appeal notice</source>
      <translation>Överklagandehänvisning</translation>
    </message>
    <message>
      <source>Application and decisions</source>
      <translation>Ansökan och beslut</translation>
    </message>
    <message>
      <source>The case's application and decisions</source>
      <translation>Ärendets ansökan och beslut</translation>
    </message>
    <message>
      <source>No application or decision is recorded yet (Case › Record the application… and Record a decision…).</source>
      <translation>Ingen ansökan eller inget beslut är registrerat än (Ärende › Registrera ansökan… och Registrera beslut…).</translation>
    </message>
  </context>
  <context>
    <name>DisclosureForm</name>
    <message>
      <source>Record a disclosure</source>
      <translation>Registrera ett utlämnande</translation>
    </message>
    <message>
      <source>Who received it, e.g. the Police, region West</source>
      <translation>Vem som tog emot, t.ex. Polisen region Väst</translation>
    </message>
    <message>
      <source>Choose the legal ground…</source>
      <translation>Välj rättslig grund…</translation>
    </message>
    <message>
      <source>The ground in words, e.g. the request's reference number</source>
      <translation>Grunden i ord, t.ex. begärans diarienummer</translation>
    </message>
    <message>
      <source>Harm test</source>
      <translation>Menprövning</translation>
    </message>
    <message>
      <source>The harm test: why disclosing outweighs the harm to the person or someone close</source>
      <translation>Menprövningen: varför intresset av att lämna uppgiften väger tyngre än det men personen eller en närstående kan lida</translation>
    </message>
    <message>
      <source>The person has a protected identity. Weigh the disclosure against the protection: does the recipient need the identity at all?</source>
      <translation>Personen har skyddad identitet. Väg utlämnandet mot skyddet: behöver mottagaren identiteten över huvud taget?</translation>
    </message>
    <message>
      <source>I have weighed the disclosure against the protection</source>
      <translation>Jag har vägt utlämnandet mot skyddet</translation>
    </message>
    <message>
      <source>The person's identity data was part of what left</source>
      <translation>Personens identitetsuppgifter ingick i det som lämnades ut</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>&amp;Kanal:</translation>
    </message>
    <message>
      <source>&amp;Recipient:</source>
      <translation>&amp;Mottagare:</translation>
    </message>
    <message>
      <source>Recipient's &amp;authority:</source>
      <translation>Mottagarens my&amp;ndighet:</translation>
    </message>
    <message>
      <source>What left:</source>
      <translation>Vad som lämnades ut:</translation>
    </message>
    <message>
      <source>&amp;Legal ground:</source>
      <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
      <source>In &amp;words:</source>
      <translation>I &amp;ord:</translation>
    </message>
    <message>
      <source>&amp;Harm test:</source>
      <translation>Men&amp;prövning:</translation>
    </message>
    <message>
      <source>Wh&amp;en:</source>
      <translation>N&amp;är:</translation>
    </message>
    <message>
      <source>This ground requires the harm test (menprövning) to be written down.</source>
      <translation>Den här grunden kräver att menprövningen skrivs ned.</translation>
    </message>
    <message>
      <source>A harm test is not required for this ground; it is kept if written.</source>
      <translation>Menprövning krävs inte för den här grunden; den sparas om den skrivs.</translation>
    </message>
    <message>
      <source>Not recorded: %1</source>
      <translation>Inte registrerat: %1</translation>
    </message>
    <message>
      <source>Legal ground: choose the ground the disclosure rests on.</source>
      <translation>Rättslig grund: välj den grund som utlämnandet vilar på.</translation>
    </message>
  </context>
  <context>
    <name>DisclosureRegisterTab</name>
    <message>
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <source>What left</source>
      <translation>Vad som lämnades ut</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Rättslig grund</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <source>Identity revealed</source>
      <translation>Identitet röjd</translation>
    </message>
    <message>
      <source>Record disclosure…</source>
      <translation>Registrera utlämnande…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportera…</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <source>Harm test: %1</source>
      <translation>Menprövning: %1</translation>
    </message>
    <message numerus="yes">
      <source>%n disclosure(s) recorded.</source>
      <translation>
        <numerusform>%n utlämnande registrerat.</numerusform>
        <numerusform>%n utlämnanden registrerade.</numerusform>
      </translation>
    </message>
    <message>
      <source>The register was saved (not encrypted).</source>
      <translation>Registret sparades (okrypterat).</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Due</source>
      <translation>Förfaller</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <source>Caseworker</source>
      <translation>Handläggare</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <source>No case (concern report)</source>
      <translation>Inget ärende (orosanmälan)</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Försenad</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Förfaller snart</translation>
    </message>
  </context>
  <context>
    <name>DueView</name>
    <message>
      <source>Due and overdue</source>
      <translation>Att göra och försenat</translation>
    </message>
    <message>
      <source>Reading what is due…</source>
      <translation>Läser in det som förfaller…</translation>
    </message>
    <message>
      <source>My cases</source>
      <translation>Mina ärenden</translation>
    </message>
    <message>
      <source>The whole unit</source>
      <translation>Hela enheten</translation>
    </message>
    <message>
      <source> days ahead</source>
      <translation> dagar framåt</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <source>Due dates</source>
      <translation>Att göra och försenat</translation>
    </message>
    <message>
      <source>Whose cases</source>
      <translation>Vilkas ärenden</translation>
    </message>
    <message>
      <source>Days ahead</source>
      <translation>Dagar framåt</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Visa:</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Läser…</translation>
    </message>
    <message>
      <source>Not read: what is due was still being worked out. Press Refresh to read it.</source>
      <translation>Inte inläst: det som förfaller räknades fortfarande ut. Tryck på Uppdatera för att läsa in det.</translation>
    </message>
    <message>
      <source>%1 items, %2 overdue</source>
      <translation>%1 uppgifter, %2 försenade</translation>
    </message>
  </context>
  <context>
    <name>EndInterventionDialog</name>
    <message>
      <source>End the intervention</source>
      <translation>Avsluta insatsen</translation>
    </message>
    <message>
      <source>&amp;Ends on:</source>
      <translation>&amp;Upphör:</translation>
    </message>
    <message>
      <source>%1, decided on %2.</source>
      <translation>%1, beslutad %2.</translation>
    </message>
  </context>
  <context>
    <name>FeedbackDialog</name>
    <message>
      <source>Feedback given to the reporter</source>
      <translation>Återkoppling lämnad till anmälaren</translation>
    </message>
    <message>
      <source>&amp;Given at:</source>
      <translation>&amp;Lämnad:</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>Fi&amp;nish</source>
      <translation>Fär&amp;dig</translation>
    </message>
  </context>
  <context>
    <name>FollowUpMenu</name>
    <message>
      <source>Follo&amp;w-up</source>
      <translation>Upp&amp;följning</translation>
    </message>
    <message>
      <source>&amp;Due and overdue…</source>
      <translation>&amp;Att göra och försenat…</translation>
    </message>
    <message>
      <source>&amp;Concern reports…</source>
      <translation>&amp;Orosanmälningar…</translation>
    </message>
    <message>
      <source>&amp;Statistics…</source>
      <translation>&amp;Statistik…</translation>
    </message>
    <message>
      <source>&amp;Log review…</source>
      <translation>&amp;Loggkontroll…</translation>
    </message>
    <message>
      <source>Re&amp;tention (gallring)…</source>
      <translation>&amp;Gallring…</translation>
    </message>
    <message>
      <source>&amp;Manager's view…</source>
      <translation>&amp;Chefens vy…</translation>
    </message>
  </context>
  <context>
    <name>FundingDecisionDialog</name>
    <message>
      <source>The Police's decision on state funding</source>
      <translation>Polisens beslut om statliga medel</translation>
    </message>
    <message>
      <source>&amp;Decision:</source>
      <translation>&amp;Beslut:</translation>
    </message>
    <message>
      <source>Decided &amp;on:</source>
      <translation>Beslutat &amp;den:</translation>
    </message>
  </context>
  <context>
    <name>FundingDialog</name>
    <message>
      <source>State funding applied for</source>
      <translation>Statliga medel sökta</translation>
    </message>
    <message>
      <source>&amp;Applied on:</source>
      <translation>&amp;Ansökt:</translation>
    </message>
  </context>
  <context>
    <name>GuardianDetailsDialog</name>
    <message>
      <source>Guardian's details (revealed, logged)</source>
      <translation>Vårdnadshavarens uppgifter (visade, loggat)</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <source>Contact:</source>
      <translation>Kontakt:</translation>
    </message>
    <message>
      <source>Protected identity:</source>
      <translation>Skyddad identitet:</translation>
    </message>
  </context>
  <context>
    <name>GuardianNameDialog</name>
    <message>
      <source>Correct the guardian's name or contact</source>
      <translation>Rätta vårdnadshavarens namn eller kontaktuppgift</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <source>&amp;Contact:</source>
      <translation>&amp;Kontakt:</translation>
    </message>
  </context>
  <context>
    <name>GuardiansTab</name>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>May be contacted</source>
      <translation>Får kontaktas</translation>
    </message>
    <message>
      <source>&amp;Add guardian…</source>
      <translation>Lägg &amp;till vårdnadshavare…</translation>
    </message>
    <message>
      <source>May &amp;be contacted…</source>
      <translation>Får k&amp;ontaktas…</translation>
    </message>
    <message>
      <source>Amen&amp;d name or contact…</source>
      <translation>Rätta na&amp;mn eller kontakt…</translation>
    </message>
    <message>
      <source>S&amp;how… (logged)</source>
      <translation>&amp;Visa… (loggas)</translation>
    </message>
    <message>
      <source>The young person's guardians</source>
      <translation>Den unges vårdnadshavare</translation>
    </message>
    <message>
      <source>No guardians are recorded.</source>
      <translation>Inga vårdnadshavare är registrerade.</translation>
    </message>
    <message>
      <source>The person's age is not known: record guardians if they are under 18.</source>
      <translation>Personens ålder är okänd: registrera vårdnadshavare om personen är under 18 år.</translation>
    </message>
    <message>
      <source>The person is under 18 and turns 18 on %1.</source>
      <translation>Personen är under 18 år och fyller 18 %1.</translation>
    </message>
    <message>
      <source>The person turned 18 on %1; no new guardians are recorded.</source>
      <translation>Personen fyllde 18 år %1; inga nya vårdnadshavare registreras.</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewDialog</name>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>%1 — the unit's vault</source>
      <translation>%1 — enhetens valv</translation>
    </message>
    <message>
      <source>Import a case package</source>
      <translation>Importera ett ärendepaket</translation>
    </message>
    <message>
      <source>The package is signed by a trusted unit, addressed to this unit, not expired and not imported before. Check what it holds; nothing is imported until you press Import.</source>
      <translation>Paketet är signerat av en betrodd enhet, ställt till den här enheten, inte för gammalt och inte importerat tidigare. Kontrollera vad det innehåller; ingenting importeras förrän du trycker på Importera.</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Från:</translation>
    </message>
    <message>
      <source>Sender's fingerprint:</source>
      <translation>Avsändarens fingeravtryck:</translation>
    </message>
    <message>
      <source>Key trusted:</source>
      <translation>Nyckeln betrodd:</translation>
    </message>
    <message>
      <source>Case number there:</source>
      <translation>Ärendenummer där:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Typ:</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <source>Contents:</source>
      <translation>Innehåll:</translation>
    </message>
    <message>
      <source>Application:</source>
      <translation>Ansökan:</translation>
    </message>
    <message>
      <source>Attachments:</source>
      <translation>Bilagor:</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>Giltigt till:</translation>
    </message>
    <message>
      <source>%1 — hands the case over to you (rotation)</source>
      <translation>%1 — lämnar över ärendet till dig (rotation)</translation>
    </message>
    <message>
      <source>A colleague of your unit hands this case over to you, signed with their key card. Check what it holds; nothing is imported until you press Import.</source>
      <translation>En kollega i din enhet lämnar över det här ärendet till dig, signerat med kollegans nyckelkort. Kontrollera vad det innehåller; ingenting importeras förrän du trycker på Importera.</translation>
    </message>
    <message>
      <source>confirmed by phone (fingerprint)</source>
      <translation>bekräftad per telefon (fingeravtryck)</translation>
    </message>
    <message>
      <source>by the organisation's policy</source>
      <translation>genom organisationens policy</translation>
    </message>
    <message>
      <source>Protected identity (shown after import, logged)</source>
      <translation>Skyddad identitet (visas efter import, loggas)</translation>
    </message>
    <message>
      <source>Journal notes: %1, assessments: %2, attachments: %3 (%4); package %5</source>
      <translation>Journalanteckningar: %1, bedömningar: %2, bilagor: %3 (%4); paketet %5</translation>
    </message>
    <message>
      <source>none</source>
      <translation>inga</translation>
    </message>
    <message>
      <source>A person with the same identity number already has case %1 here. Choose:</source>
      <translation>En person med samma personnummer har redan ärende %1 här. Välj:</translation>
    </message>
    <message>
      <source>&amp;Link the imported case to that person</source>
      <translation>&amp;Koppla det importerade ärendet till den personen</translation>
    </message>
    <message>
      <source>Keep them &amp;separate (a new person)</source>
      <translation>Håll dem &amp;åtskilda (en ny person)</translation>
    </message>
    <message>
      <source>&amp;Receipt file:</source>
      <translation>&amp;Kvittofil:</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Välj…</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importera</translation>
    </message>
    <message>
      <source>None comes with the case: ask the sending board for the application it received.</source>
      <translation>Ingen följer med ärendet: be den sändande nämnden om ansökan den tog emot.</translation>
    </message>
    <message>
      <source>Received %1, with what was applied for.</source>
      <translation>Inkom %1, med vad som ansöktes om.</translation>
    </message>
    <message>
      <source>Received %1, without what was applied for: ask the sending board for it.</source>
      <translation>Inkom %1, utan vad som ansöktes om: be den sändande nämnden om det.</translation>
    </message>
    <message>
      <source>Save the receipt</source>
      <translation>Spara kvittot</translation>
    </message>
  </context>
  <context>
    <name>IncidentDialog</name>
    <message>
      <source>Incident against staff</source>
      <translation>Händelse mot personal</translation>
    </message>
    <message>
      <source>Incident against staff at the unit</source>
      <translation>Händelse mot personal på enheten</translation>
    </message>
    <message>
      <source>What is known of the person, if anything</source>
      <translation>Vad som är känt om personen, om något</translation>
    </message>
    <message>
      <source>A role or initials, never a full name</source>
      <translation>En roll eller initialer, aldrig ett fullständigt namn</translation>
    </message>
    <message>
      <source>Reported to the Police</source>
      <translation>Polisanmäld</translation>
    </message>
    <message>
      <source>The Police's report number</source>
      <translation>Polisens diarienummer</translation>
    </message>
    <message>
      <source>&amp;When:</source>
      <translation>&amp;När:</translation>
    </message>
    <message>
      <source>Pla&amp;ce:</source>
      <translation>&amp;Plats:</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Typ:</translation>
    </message>
    <message>
      <source>&amp;Staff member:</source>
      <translation>&amp;Medarbetare:</translation>
    </message>
    <message>
      <source>Pe&amp;rson:</source>
      <translation>Pe&amp;rson:</translation>
    </message>
    <message>
      <source>What &amp;happened:</source>
      <translation>&amp;Vad hände:</translation>
    </message>
    <message>
      <source>W&amp;itnesses:</source>
      <translation>V&amp;ittnen:</translation>
    </message>
    <message>
      <source>Attachments:</source>
      <translation>Bilagor:</translation>
    </message>
    <message>
      <source>Police:</source>
      <translation>Polisen:</translation>
    </message>
    <message>
      <source>&amp;Follow-up:</source>
      <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
      <source>Support offered:</source>
      <translation>Stöd som erbjudits:</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Inte sparad: %1</translation>
    </message>
  </context>
  <context>
    <name>InformedDialog</name>
    <message>
      <source>The relative was informed about support</source>
      <translation>Den anhörige har informerats om stöd</translation>
    </message>
    <message>
      <source>Informed &amp;on:</source>
      <translation>Informerad &amp;den:</translation>
    </message>
  </context>
  <context>
    <name>InterventionDialog</name>
    <message>
      <source>Add an intervention</source>
      <translation>Lägg till en insats</translation>
    </message>
    <message>
      <source>Starts on</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <source>Ends on</source>
      <translation>Upphör</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Typ:</translation>
    </message>
    <message>
      <source>&amp;Urgency:</source>
      <translation>&amp;Brådska:</translation>
    </message>
    <message>
      <source>&amp;Decided on:</source>
      <translation>Beslutad &amp;den:</translation>
    </message>
    <message>
      <source>Urgent and time-limited interventions may be decided during the investigation; long-term ones after the decision. A time-limited intervention needs an end date.</source>
      <translation>Skyndsamma och tidsbegränsade insatser kan beslutas under utredningen, långsiktiga efter beslutet. En tidsbegränsad insats behöver ett slutdatum.</translation>
    </message>
  </context>
  <context>
    <name>InterventionsTab</name>
    <message>
      <source>Kind</source>
      <translation>Slag</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Brådska</translation>
    </message>
    <message>
      <source>Decided</source>
      <translation>Beslutat</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Upphör</translation>
    </message>
    <message>
      <source>&amp;Add intervention…</source>
      <translation>Lägg &amp;till insats…</translation>
    </message>
    <message>
      <source>En&amp;d intervention…</source>
      <translation>A&amp;vsluta insats…</translation>
    </message>
    <message>
      <source>The case's interventions</source>
      <translation>Ärendets insatser</translation>
    </message>
    <message>
      <source>No interventions are recorded.</source>
      <translation>Inga insatser är registrerade.</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <source>Write a new journal note…</source>
      <translation>Skriv en ny journalanteckning…</translation>
    </message>
    <message>
      <source>New journal note</source>
      <translation>Ny journalanteckning</translation>
    </message>
    <message>
      <source>Journal notes</source>
      <translation>Journalanteckningar</translation>
    </message>
    <message>
      <source>Save &amp;draft</source>
      <translation>Spara &amp;utkast</translation>
    </message>
    <message>
      <source>Sa&amp;ve and sign</source>
      <translation>Spara och sign&amp;era</translation>
    </message>
    <message>
      <source>Sign selected</source>
      <translation>Signera markerad</translation>
    </message>
    <message>
      <source>Correct s&amp;elected…</source>
      <translation>Rätta &amp;markerad…</translation>
    </message>
    <message>
      <source>Edit selected d&amp;raft</source>
      <translation>Ändra markerat u&amp;tkast</translation>
    </message>
    <message>
      <source>signed by %1</source>
      <translation>signerad av %1</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>utkast</translation>
    </message>
    <message>
      <source>corrects note %1</source>
      <translation>rättar anteckning %1</translation>
    </message>
    <message>
      <source>Writing a correction to note %1. The original stays as it is.</source>
      <translation>Du skriver en rättelse till anteckning %1. Originalet står kvar oförändrat.</translation>
    </message>
    <message>
      <source>Editing draft note %1.</source>
      <translation>Du ändrar utkastet till anteckning %1.</translation>
    </message>
    <message>
      <source>Utväg locked while you were writing. Your text was kept as draft note %1 and is back in the editor.</source>
      <translation>Utväg låstes medan du skrev. Texten sparades som utkast till anteckning %1 och finns åter i redigeraren.</translation>
    </message>
    <message>
      <source>You left the case while writing. Your text was kept as draft note %1 and is back in the editor.</source>
      <translation>Du lämnade ärendet medan du skrev. Texten sparades som utkast till anteckning %1 och finns åter i redigeraren.</translation>
    </message>
    <message>
      <source>Sign the note?</source>
      <translation>Signera anteckningen?</translation>
    </message>
    <message>
      <source>A signed note can never be changed or removed; mistakes can only be corrected with a new note. Sign it now?</source>
      <translation>En signerad anteckning kan aldrig ändras eller tas bort; fel kan bara rättas med en ny anteckning. Signera nu?</translation>
    </message>
    <message>
      <source>&amp;Sign</source>
      <translation>&amp;Signera</translation>
    </message>
    <message>
      <source>Not signed.</source>
      <translation>Inte signerad.</translation>
    </message>
    <message>
      <source>The note is empty.</source>
      <translation>Anteckningen är tom.</translation>
    </message>
    <message>
      <source>Signed; the note can no longer be changed.</source>
      <translation>Signerad; anteckningen kan inte längre ändras.</translation>
    </message>
    <message>
      <source>Draft saved.</source>
      <translation>Utkastet är sparat.</translation>
    </message>
  </context>
  <context>
    <name>KeptKinds</name>
    <message>
      <source>The application the case starts from</source>
      <translation>Ansökan som ärendet utgår från</translation>
    </message>
    <message>
      <source>Record a decision</source>
      <translation>Registrera beslut</translation>
    </message>
    <message>
      <source>SAV's decision on a special defector</source>
      <translation>SAV:s beslut om särskild avhoppare</translation>
    </message>
    <message>
      <source>Close the case</source>
      <translation>Avsluta ärendet</translation>
    </message>
    <message>
      <source>Hand the case to a colleague</source>
      <translation>Lämna över ärendet till en kollega</translation>
    </message>
    <message>
      <source>Add an intervention</source>
      <translation>Lägg till en insats</translation>
    </message>
    <message>
      <source>Add a need</source>
      <translation>Lägg till ett behov</translation>
    </message>
    <message>
      <source>Prison or closed youth care</source>
      <translation>Fängelse eller sluten ungdomsvård</translation>
    </message>
    <message>
      <source>State funding applied for</source>
      <translation>Statliga medel sökta</translation>
    </message>
    <message>
      <source>Threat assessment requested from the Police</source>
      <translation>Hotbildsbedömning begärd från Polisen</translation>
    </message>
    <message>
      <source>Follow-up with the Police</source>
      <translation>Uppföljning med Polisen</translation>
    </message>
    <message>
      <source>Link a relative</source>
      <translation>Koppla en anhörig</translation>
    </message>
    <message>
      <source>Add a guardian</source>
      <translation>Lägg till en vårdnadshavare</translation>
    </message>
    <message>
      <source>Positions on the consent</source>
      <translation>Ståndpunkter om samtycket</translation>
    </message>
    <message>
      <source>The consent was withdrawn</source>
      <translation>Samtycket har återkallats</translation>
    </message>
    <message>
      <source>Correct the person's name</source>
      <translation>Rätta personens namn</translation>
    </message>
    <message>
      <source>Record a disclosure</source>
      <translation>Registrera ett utlämnande</translation>
    </message>
    <message>
      <source>Incident against staff</source>
      <translation>Händelse mot personal</translation>
    </message>
    <message>
      <source>Risk assessment before a meeting</source>
      <translation>Riskbedömning inför särskilt riskmoment</translation>
    </message>
    <message>
      <source>The High risk tab</source>
      <translation>Fliken Hög risk</translation>
    </message>
    <message>
      <source>Another window</source>
      <translation>Ett annat fönster</translation>
    </message>
  </context>
  <context>
    <name>KeptNotice</name>
    <message>
      <source>What you typed and chose before the vault locked has been put back. It is not saved yet.</source>
      <translation>Det du skrev och valde innan valvet låstes har återställts. Det är inte sparat än.</translation>
    </message>
    <message>
      <source>What you typed here before the vault locked could not be put back: this window's fields have changed since. Nothing was filled in.</source>
      <translation>Det du skrev här innan valvet låstes kunde inte återställas: fönstrets fält har ändrats sedan dess. Inget fylldes i.</translation>
    </message>
    <message>
      <source>Discard the kept text</source>
      <translation>Kasta den återställda texten</translation>
    </message>
  </context>
  <context>
    <name>KeptTextNote</name>
    <message>
      <source>Text kept from before the vault locked</source>
      <translation>Text som finns kvar från innan valvet låstes</translation>
    </message>
    <message>
      <source>Text typed before the vault locked is kept, not yet saved, for: %1. Open the same window again to go on with it or to discard it.</source>
      <translation>Text som skrevs innan valvet låstes finns kvar, ännu inte sparad, för: %1. Öppna samma fönster igen för att fortsätta med den eller kasta den.</translation>
    </message>
  </context>
  <context>
    <name>LinkCaseDialog</name>
    <message>
      <source>Link the concern report to the child's case</source>
      <translation>Koppla orosanmälan till barnets ärende</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <source>&amp;Case:</source>
      <translation>&amp;Ärende:</translation>
    </message>
    <message>
      <source>From then on its clocks are the case's, and whoever has the case sees it.</source>
      <translation>Därefter hör tidsfristerna till ärendet, och den som har ärendet ser anmälan.</translation>
    </message>
  </context>
  <context>
    <name>LinkDialog</name>
    <message>
      <source>Link an intervention</source>
      <translation>Koppla en insats</translation>
    </message>
    <message>
      <source>&amp;Intervention:</source>
      <translation>&amp;Insats:</translation>
    </message>
    <message>
      <source>Which intervention is meant to meet the need: %1?</source>
      <translation>Vilken insats ska tillgodose behovet: %1?</translation>
    </message>
  </context>
  <context>
    <name>LinkRelativeDialog</name>
    <message>
      <source>Link a relative</source>
      <translation>Koppla en anhörig</translation>
    </message>
    <message>
      <source>A person with a case here</source>
      <translation>En person med ärende här</translation>
    </message>
    <message>
      <source>A new person</source>
      <translation>En ny person</translation>
    </message>
    <message>
      <source>Name or case number</source>
      <translation>Namn eller ärendenummer</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN (or leave empty)</source>
      <translation>ÅÅÅÅMMDD-NNNN (eller lämna tomt)</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Födelsedatum</translation>
    </message>
    <message>
      <source>Informed about support on</source>
      <translation>Informerad om stöd den</translation>
    </message>
    <message>
      <source>&amp;Find:</source>
      <translation>&amp;Sök:</translation>
    </message>
    <message>
      <source>&amp;Person:</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <source>&amp;Identity number:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <source>&amp;Relation:</source>
      <translation>&amp;Relation:</translation>
    </message>
    <message>
      <source>Responsible &amp;unit:</source>
      <translation>Ansvarig &amp;enhet:</translation>
    </message>
    <message>
      <source>&amp;Contact path:</source>
      <translation>&amp;Kontaktväg:</translation>
    </message>
    <message>
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
  </context>
  <context>
    <name>LogReviewView</name>
    <message>
      <source>Reading the log review…</source>
      <translation>Läser in loggkontrollen…</translation>
    </message>
    <message>
      <source>Log review</source>
      <translation>Loggkontroll</translation>
    </message>
    <message>
      <source>Accesses to review</source>
      <translation>Åtkomster att kontrollera</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Månad</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>&amp;Månad:</translation>
    </message>
    <message>
      <source>The case's whole log</source>
      <translation>Ärendets hela logg</translation>
    </message>
    <message>
      <source>No remarks</source>
      <translation>Utan anmärkning</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Med anmärkning</translation>
    </message>
    <message>
      <source>What was checked, and what was found</source>
      <translation>Vad som kontrollerades och vad som framkom</translation>
    </message>
    <message>
      <source>Review comment</source>
      <translation>Kommentar till kontrollen</translation>
    </message>
    <message>
      <source>Outcome of the review</source>
      <translation>Kontrollens resultat</translation>
    </message>
    <message>
      <source>&amp;Sign off the month</source>
      <translation>&amp;Signera månadens kontroll</translation>
    </message>
    <message>
      <source>Send to the &amp;manager…</source>
      <translation>Skicka till &amp;chefen…</translation>
    </message>
    <message>
      <source>Import the manager's si&amp;gnature…</source>
      <translation>Importera chefens si&amp;gnatur…</translation>
    </message>
    <message>
      <source>Every access to %1:</source>
      <translation>Varje åtkomst till %1:</translation>
    </message>
    <message>
      <source>Select an access to see the case's whole log.</source>
      <translation>Välj en åtkomst för att se hela ärendets logg.</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Läser…</translation>
    </message>
    <message>
      <source>The log review could not be read.</source>
      <translation>Loggkontrollen kunde inte läsas in.</translation>
    </message>
    <message>
      <source>Signed off by %1 on %2 (%3 accesses).</source>
      <translation>Signerad av %1 den %2 (%3 åtkomster).</translation>
    </message>
    <message>
      <source>%1 accesses to review; not signed off yet.</source>
      <translation>%1 åtkomster att granska; inte signerad ännu.</translation>
    </message>
    <message>
      <source>Save the log review for the manager</source>
      <translation>Spara loggkontrollen till chefen</translation>
    </message>
    <message>
      <source>Sealing the log review…</source>
      <translation>Förseglar loggkontrollen…</translation>
    </message>
    <message>
      <source>No log review was written.</source>
      <translation>Ingen loggkontroll skrevs.</translation>
    </message>
    <message>
      <source>The log review of %1 is saved in %2 for %3.</source>
      <translation>Loggkontrollen för %1 är sparad i %2 till %3.</translation>
    </message>
    <message>
      <source>The manager's signature</source>
      <translation>Chefens signatur</translation>
    </message>
    <message>
      <source>The month was not signed off.</source>
      <translation>Månaden signerades inte.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Working out what is due in every case…</source>
      <translation>Räknar ut vad som förfaller i varje ärende…</translation>
    </message>
    <message>
      <source>Locking…</source>
      <translation>Låser…</translation>
    </message>
    <message>
      <source>This vault was made by an earlier version of Utväg and uses an older page format, which makes searches and transfers slower. A rekey moves it to the new format and keeps every record: run 'utvag rekey' (it can be interrupted and run again). The rekey gives the vault a new recovery key; keep the new one as you kept the old.

This message is shown once.</source>
      <translation>Valvet skapades av en tidigare version av Utväg och har ett äldre sidformat, som gör sökningar och överföringar långsammare. En omnyckling flyttar det till det nya formatet och behåller alla uppgifter: kör 'utvag rekey' (den kan avbrytas och köras igen). Omnycklingen ger valvet en ny återställningsnyckel; förvara den nya som du förvarade den gamla.

Det här meddelandet visas en gång.</translation>
    </message>
    <message>
      <source>Faster vault format available</source>
      <translation>Snabbare valvformat finns</translation>
    </message>
    <message>
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <source>DEMO (fictional data)</source>
      <translation>DEMO (påhittade uppgifter)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>S&amp;pråk</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <source>&amp;New case…</source>
      <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Sök</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <source>&amp;Back up…</source>
      <translation>Säker&amp;hetskopiera…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <source>&amp;About and policy…</source>
      <translation>&amp;Om Utväg och policy…</translation>
    </message>
    <message>
      <source>My upcoming &amp;risk meetings…</source>
      <translation>Mina kommande &amp;riskmöten…</translation>
    </message>
    <message>
      <source>&amp;Incidents at the unit…</source>
      <translation>&amp;Händelser på enheten…</translation>
    </message>
    <message>
      <source>Record an incident &amp;without a case…</source>
      <translation>Registrera en händelse &amp;utan ärende…</translation>
    </message>
    <message>
      <source>Vault checked: no damage found.</source>
      <translation>Valvet är kontrollerat: inga skador hittades.</translation>
    </message>
    <message>
      <source>Back up the vault</source>
      <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
      <source>Encrypted backup written (%1).</source>
      <translation>Krypterad säkerhetskopia sparad (%1).</translation>
    </message>
    <message>
      <source>Writing an encrypted backup…</source>
      <translation>Skriver en krypterad säkerhetskopia…</translation>
    </message>
  </context>
  <context>
    <name>ManagerView</name>
    <message>
      <source>Manager's view</source>
      <translation>Chefens vy</translation>
    </message>
    <message>
      <source>&amp;Import a caseworker's package…</source>
      <translation>&amp;Importera ett paket från en handläggare…</translation>
    </message>
    <message>
      <source>&amp;Sign the selected log review…</source>
      <translation>&amp;Signera den valda loggkontrollen…</translation>
    </message>
    <message>
      <source>Occurred</source>
      <translation>Inträffade</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Caseworker</source>
      <translation>Handläggare</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Slag</translation>
    </message>
    <message>
      <source>Support given</source>
      <translation>Stöd som getts</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>Polisanmälan</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Vad som hände</translation>
    </message>
    <message>
      <source>Grounds</source>
      <translation>Grunder</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Händelser</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Månad</translation>
    </message>
    <message>
      <source>Accesses</source>
      <translation>Åtkomster</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Inkom</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signerad</translation>
    </message>
    <message>
      <source>Incidents against staff reported by the unit:</source>
      <translation>Händelser mot personal som rapporterats i enheten:</translation>
    </message>
    <message>
      <source>High-risk cases of the unit:</source>
      <translation>Enhetens högriskärenden:</translation>
    </message>
    <message>
      <source>Log reviews sent by the caseworkers:</source>
      <translation>Loggkontroller som handläggarna skickat:</translation>
    </message>
    <message>
      <source>The accesses in the selected log review:</source>
      <translation>Åtkomsterna i den valda loggkontrollen:</translation>
    </message>
    <message>
      <source>reported (%1)</source>
      <translation>anmäld (%1)</translation>
    </message>
    <message>
      <source>not reported</source>
      <translation>inte anmäld</translation>
    </message>
    <message>
      <source>to sign</source>
      <translation>att signera</translation>
    </message>
    <message>
      <source>No incident has been reported yet. A caseworker's incident report comes as a package: Import a caseworker's package… reads it.</source>
      <translation>Ingen händelse är rapporterad ännu. En handläggares rapport om en händelse kommer som ett paket: Importera ett paket från en handläggare… läser in det.</translation>
    </message>
    <message>
      <source>No high-risk case yet: the incident reports tell which of the unit's cases are high-risk.</source>
      <translation>Inget högriskärende ännu: rapporterna om händelser visar vilka av enhetens ärenden som är högriskärenden.</translation>
    </message>
    <message>
      <source>No log review has been received yet. Each caseworker sends the month's log review as a package: Import a caseworker's package… reads it.</source>
      <translation>Ingen loggkontroll har kommit ännu. Varje handläggare skickar månadens loggkontroll som ett paket: Importera ett paket från en handläggare… läser in det.</translation>
    </message>
    <message>
      <source>Choose a log review to see its accesses.</source>
      <translation>Välj en loggkontroll för att se dess åtkomster.</translation>
    </message>
    <message>
      <source>Nobody opened a case or a concern report this month.</source>
      <translation>Ingen öppnade ett ärende eller en orosanmälan den månaden.</translation>
    </message>
    <message>
      <source>A caseworker's package</source>
      <translation>Ett paket från en handläggare</translation>
    </message>
    <message>
      <source>Imported %1.</source>
      <translation>%1 är importerad.</translation>
    </message>
    <message>
      <source>This is not a caseworker's package for the manager: choose an incident report or a log review.</source>
      <translation>Det här är inget paket från en handläggare till chefen: välj en händelserapport eller en loggkontroll.</translation>
    </message>
    <message>
      <source>Choose a log review first.</source>
      <translation>Välj en loggkontroll först.</translation>
    </message>
    <message>
      <source>The log review of %1 from %2 is already signed (%3).</source>
      <translation>Loggkontrollen för %1 från %2 är redan signerad (%3).</translation>
    </message>
    <message>
      <source>Save the signature for the caseworker</source>
      <translation>Spara signaturen till handläggaren</translation>
    </message>
    <message>
      <source>Sealing the signature…</source>
      <translation>Förseglar signaturen…</translation>
    </message>
    <message>
      <source>Nothing was signed; nothing was changed.</source>
      <translation>Ingenting signerades; ingenting har ändrats.</translation>
    </message>
    <message>
      <source>Signed; give %1 to %2.</source>
      <translation>Signerad; ge %1 till %2.</translation>
    </message>
  </context>
  <context>
    <name>MergeView</name>
    <message>
      <source>City-wide statistics</source>
      <translation>Stadsövergripande statistik</translation>
    </message>
    <message>
      <source>&amp;Add contributions…</source>
      <translation>&amp;Lägg till bidrag…</translation>
    </message>
    <message>
      <source>C&amp;lear</source>
      <translation>T&amp;öm</translation>
    </message>
    <message>
      <source>Contributions</source>
      <translation>Bidrag</translation>
    </message>
    <message>
      <source>Contributions:</source>
      <translation>Bidrag:</translation>
    </message>
    <message>
      <source>Add the contribution files the units sent. They are added up first; small counts are suppressed only in the combined table.</source>
      <translation>Lägg till bidragsfilerna som förvaltningarna skickat. De läggs först samman; små tal döljs bara i den sammanlagda tabellen.</translation>
    </message>
    <message>
      <source>Combined from %1 contributions (%2).</source>
      <translation>Sammanlagt från %1 bidrag (%2).</translation>
    </message>
    <message>
      <source>Utväg city-wide statistics %1</source>
      <translation>Utväg stadsövergripande statistik %1</translation>
    </message>
    <message>
      <source>Add contributions</source>
      <translation>Lägg till bidrag</translation>
    </message>
    <message>
      <source>Opening the contributions…</source>
      <translation>Öppnar bidragen…</translation>
    </message>
    <message>
      <source>Nothing was merged; the view shows what it showed before.</source>
      <translation>Ingenting lades samman; vyn visar det den visade förut.</translation>
    </message>
  </context>
  <context>
    <name>NeedDialog</name>
    <message>
      <source>Add a need</source>
      <translation>Lägg till ett behov</translation>
    </message>
    <message>
      <source>The need in words (optional)</source>
      <translation>Behovet i ord (frivilligt)</translation>
    </message>
    <message>
      <source>Interventions meant to meet the need</source>
      <translation>Insatser som ska tillgodose behovet</translation>
    </message>
    <message>
      <source>&amp;Area:</source>
      <translation>&amp;Område:</translation>
    </message>
    <message>
      <source>&amp;Identified on:</source>
      <translation>&amp;Konstaterat den:</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>Be&amp;skrivning:</translation>
    </message>
    <message>
      <source>Met &amp;by:</source>
      <translation>Tillgodoses &amp;av:</translation>
    </message>
    <message>
      <source>Record what the investigation found the person needs, and which decided interventions are meant to meet it. Each linked intervention is then due for a follow-up.</source>
      <translation>Dokumentera vad utredningen visar att personen behöver och vilka beslutade insatser som ska tillgodose behovet. Varje kopplad insats ska sedan följas upp.</translation>
    </message>
  </context>
  <context>
    <name>NeedFollowUpDialog</name>
    <message>
      <source>Follow up the need</source>
      <translation>Följ upp behovet</translation>
    </message>
    <message>
      <source>What the follow-up found (optional)</source>
      <translation>Vad uppföljningen visade (frivilligt)</translation>
    </message>
    <message>
      <source>&amp;Through:</source>
      <translation>&amp;Genom:</translation>
    </message>
    <message>
      <source>&amp;Is the need met?</source>
      <translation>Är behovet &amp;tillgodosett?</translation>
    </message>
    <message>
      <source>&amp;Held on:</source>
      <translation>&amp;Hölls:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Anteckning:</translation>
    </message>
    <message>
      <source>Is the need (%1) met by the decided intervention?</source>
      <translation>Tillgodoses behovet (%1) av den beslutade insatsen?</translation>
    </message>
  </context>
  <context>
    <name>NeedsTab</name>
    <message>
      <source>Area</source>
      <translation>Område</translation>
    </message>
    <message>
      <source>Identified</source>
      <translation>Konstaterat</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Behov</translation>
    </message>
    <message>
      <source>Met by</source>
      <translation>Tillgodoses av</translation>
    </message>
    <message>
      <source>Latest follow-up</source>
      <translation>Senaste uppföljning</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Nästa uppföljning</translation>
    </message>
    <message>
      <source>&amp;Add need…</source>
      <translation>Nytt be&amp;hov…</translation>
    </message>
    <message>
      <source>&amp;Link intervention…</source>
      <translation>Koppla i&amp;nsats…</translation>
    </message>
    <message>
      <source>&amp;Follow up…</source>
      <translation>Följ &amp;upp…</translation>
    </message>
    <message>
      <source>The person's needs</source>
      <translation>Personens behov</translation>
    </message>
    <message>
      <source>No needs are recorded.</source>
      <translation>Inga behov är dokumenterade.</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>New case</source>
      <translation>Nytt ärende</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN</source>
      <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, when there is no Swedish number</source>
      <translation>ÅÅÅÅ-MM-DD, när svenskt nummer saknas</translation>
    </message>
    <message>
      <source>Not stated</source>
      <translation>Ej angivet</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Kvinna</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Okänd</translation>
    </message>
    <message>
      <source>&amp;Type of case:</source>
      <translation>&amp;Ärendetyp:</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <source>&amp;Identity number:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <source>&amp;Birth date:</source>
      <translation>&amp;Födelsedatum:</translation>
    </message>
    <message>
      <source>&amp;Gender:</source>
      <translation>&amp;Kön:</translation>
    </message>
    <message>
      <source>&amp;District of belonging:</source>
      <translation>&amp;Tillhörighet (stadsområde):</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adress:</translation>
    </message>
    <message>
      <source>&amp;Protected identity:</source>
      <translation>&amp;Skyddad identitet:</translation>
    </message>
    <message>
      <source>This identity number already has cases in the vault; the new case will be linked to the same person. Press OK again to create it.</source>
      <translation>Identitetsnumret har redan ärenden i valvet; det nya ärendet kopplas till samma person. Tryck OK igen för att skapa det.</translation>
    </message>
    <message>
      <source>%1, closed %2</source>
      <translation>%1, avslutat %2</translation>
    </message>
    <message>
      <source>Write the person's name.</source>
      <translation>Skriv personens namn.</translation>
    </message>
    <message>
      <source>The identity number is not valid (check the digits and the date).</source>
      <translation>Personnumret är inte giltigt (kontrollera siffrorna och datumet).</translation>
    </message>
    <message>
      <source>Give a birth date as YYYY-MM-DD when there is no Swedish number.</source>
      <translation>Ange födelsedatum som ÅÅÅÅ-MM-DD när personen saknar svenskt nummer.</translation>
    </message>
    <message>
      <source>Check the form: %1</source>
      <translation>Kontrollera formuläret: %1</translation>
    </message>
  </context>
  <context>
    <name>NewConcernDialog</name>
    <message>
      <source>A concern report about a child</source>
      <translation>En orosanmälan om ett barn</translation>
    </message>
    <message>
      <source>The reporter asked for feedback</source>
      <translation>Anmälaren önskar återkoppling</translation>
    </message>
    <message>
      <source>&amp;Received at:</source>
      <translation>&amp;Inkom:</translation>
    </message>
    <message>
      <source>Rep&amp;orter:</source>
      <translation>An&amp;mälare:</translation>
    </message>
    <message>
      <source>YYYYMMDD-NNNN</source>
      <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <source>Birth date, when there is no identity number:</source>
      <translation>Födelsedatum, när personnummer saknas:</translation>
    </message>
    <message>
      <source>The child's &amp;name:</source>
      <translation>Barnets &amp;namn:</translation>
    </message>
    <message>
      <source>&amp;Identity number:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <source>Pro&amp;tected identity:</source>
      <translation>Skyddad iden&amp;titet:</translation>
    </message>
    <message>
      <source>The protection assessment is due within 24 hours of receipt, the preliminary assessment within 14 days.</source>
      <translation>Skyddsbedömningen ska göras inom 24 timmar från att anmälan inkom, förhandsbedömningen inom 14 dagar.</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <source>Set a new passphrase</source>
      <translation>Välj en ny lösenfras</translation>
    </message>
    <message>
      <source>You unlocked with the recovery key. Choose a new passphrase now.</source>
      <translation>Du låste upp med återställningsnyckeln. Välj en ny lösenfras nu.</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>Ny lösenfras:</translation>
    </message>
    <message>
      <source>Repeat:</source>
      <translation>Upprepa:</translation>
    </message>
    <message>
      <source>Too weak: use at least 12 characters, or more words.</source>
      <translation>För svag: använd minst 12 tecken eller fler ord.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
  </context>
  <context>
    <name>OverdueFilter</name>
    <message>
      <source>Still working out what is due: the overdue cases are listed when that is done.</source>
      <translation>Räknar fortfarande ut vad som förfaller: de försenade ärendena visas när det är klart.</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <source>Case number:</source>
      <translation>Ärendenummer:</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Typ:</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <source>Unit:</source>
      <translation>Enhet:</translation>
    </message>
    <message>
      <source>Caseworker:</source>
      <translation>Handläggare:</translation>
    </message>
    <message>
      <source>Opened:</source>
      <translation>Öppnat:</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <source>Identity number:</source>
      <translation>Personnummer:</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>Adress:</translation>
    </message>
    <message>
      <source>Protected identity:</source>
      <translation>Skyddad identitet:</translation>
    </message>
    <message>
      <source>District of belonging:</source>
      <translation>Tillhörighet (stadsområde):</translation>
    </message>
    <message>
      <source>Closed because:</source>
      <translation>Avslutat på grund av:</translation>
    </message>
    <message>
      <source>%1 (decided %2)</source>
      <translation>%1 (beslutat %2)</translation>
    </message>
    <message>
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <source>Show identit&amp;y (logged)</source>
      <translation>&amp;Visa identitet (loggas)</translation>
    </message>
    <message>
      <source>Copy identity number (cleared after 10 s)</source>
      <translation>Kopiera personnumret (rensas efter 10 s)</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <source>Create a passphrase</source>
      <translation>Skapa en lösenfras</translation>
    </message>
    <message>
      <source>Use at least 12 characters; a few unrelated words work well. Nobody can recover the passphrase for you. The vault is created when you continue; the unit and the passphrase cannot be changed in this wizard after that.</source>
      <translation>Använd minst 12 tecken; några ord som inte hör ihop fungerar bra. Ingen kan ta fram lösenfrasen åt dig. Valvet skapas när du går vidare; enheten och lösenfrasen kan inte ändras i den här guiden efter det.</translation>
    </message>
    <message>
      <source>&amp;Create the vault</source>
      <translation>&amp;Skapa valvet</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
      <source>&amp;Repeat:</source>
      <translation>&amp;Upprepa:</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Styrka:</translation>
    </message>
    <message>
      <source>Too weak: make it longer, or add more words.</source>
      <translation>För svag: gör den längre eller lägg till fler ord.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
      <source>Good.</source>
      <translation>Bra.</translation>
    </message>
    <message>
      <source>Creating the vault…</source>
      <translation>Skapar valvet…</translation>
    </message>
    <message>
      <source>Locked before the vault was created: nothing was created.</source>
      <translation>Låst innan valvet skapades: inget skapades.</translation>
    </message>
  </context>
  <context>
    <name>PdfExport</name>
    <message>
      <source>Save an unencrypted PDF?</source>
      <translation>Spara en okrypterad PDF?</translation>
    </message>
    <message>
      <source>The PDF will NOT be encrypted. Anyone who can reach the place where you save it can read the assessment. Save it only where your organisation allows, and delete it when it is no longer needed. The printout is recorded in the case log.</source>
      <translation>PDF-filen blir INTE krypterad. Alla som kommer åt platsen där du sparar den kan läsa bedömningen. Spara den bara där din organisation tillåter det och radera den när den inte längre behövs. Utskriften registreras i ärendets logg.</translation>
    </message>
    <message>
      <source>The person has a protected identity. The summary leaves out the name, identity number and address, but what it says may still point to the person: hand it only to someone entitled to it and record the handover in the disclosure register.</source>
      <translation>Personen har skyddad identitet. Sammanfattningen utelämnar namn, personnummer och adress, men innehållet kan ändå peka ut personen: lämna den bara till den som har rätt till den och registrera överlämnandet i utlämnanderegistret.</translation>
    </message>
    <message>
      <source>Save the assessment as PDF</source>
      <translation>Spara bedömningen som PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
      <source>Writing the PDF…</source>
      <translation>Skriver PDF-filen…</translation>
    </message>
    <message>
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <source>The PDF could not be written there.</source>
      <translation>PDF-filen kunde inte sparas där.</translation>
    </message>
  </context>
  <context>
    <name>PeriodicCheck</name>
    <message>
      <source>The record of the last backup is on a damaged page: restore the newest backup you have with 'utvag restore', or ask your administrator.</source>
      <translation>Uppgiften om den senaste säkerhetskopian ligger på en skadad sida: återställ den nyaste säkerhetskopia du har med 'utvag restore' eller kontakta din administratör.</translation>
    </message>
    <message>
      <source>The last good backup was made %1 (%2). Restore it with 'utvag restore', or ask your administrator.</source>
      <translation>Den senaste felfria säkerhetskopian gjordes %1 (%2). Återställ den med 'utvag restore' eller kontakta din administratör.</translation>
    </message>
    <message>
      <source>No backup of this vault is recorded; ask your administrator.</source>
      <translation>Ingen säkerhetskopia av valvet finns registrerad; kontakta din administratör.</translation>
    </message>
    <message>
      <source>The periodic check found damage in the vault:</source>
      <translation>Den regelbundna kontrollen hittade skador i valvet:</translation>
    </message>
    <message>
      <source>The vault is damaged</source>
      <translation>Valvet är skadat</translation>
    </message>
  </context>
  <context>
    <name>PersonNameDialog</name>
    <message>
      <source>Correct the person's name</source>
      <translation>Rätta personens namn</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <source>Stored as: %1
The characters written as codes (\u…) are a line break or a control or direction character and cannot be sent. Below the name is shown without them, its letters in the order they are stored: check that it reads right, then press OK.</source>
      <translation>Lagrat som: %1
Tecknen som skrivs som koder (\u…) är en radbrytning eller ett styr- eller riktningstecken och kan inte skickas. Nedan visas namnet utan dem, med bokstäverna i den ordning de är lagrade: kontrollera att det stämmer och tryck sedan Ok.</translation>
    </message>
  </context>
  <context>
    <name>PoliceFollowUpDialog</name>
    <message>
      <source>Follow-up with the Police</source>
      <translation>Uppföljning med Polisen</translation>
    </message>
    <message>
      <source>&amp;Held on:</source>
      <translation>&amp;Hölls:</translation>
    </message>
    <message>
      <source>&amp;Phase:</source>
      <translation>&amp;Skede:</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>&amp;Resultat:</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>Omprövas den</translation>
    </message>
    <message>
      <source>New threat &amp;level:</source>
      <translation>Ny &amp;hotbild:</translation>
    </message>
    <message>
      <source>&amp;Concrete or latent:</source>
      <translation>&amp;Konkret eller latent:</translation>
    </message>
    <message>
      <source>The Police's &amp;reference:</source>
      <translation>Polisens &amp;diarienummer:</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>Nästa omprövning:</translation>
    </message>
    <message>
      <source>A raised or lowered threat updates the case's current threat and shows whether the case should move to another board; the signed assessment stays as signed.</source>
      <translation>En höjd eller sänkt hotbild uppdaterar ärendets aktuella hotbild och visar om ärendet ska flyttas till en annan nämnd; den signerade bedömningen står kvar som den signerades.</translation>
    </message>
  </context>
  <context>
    <name>PoliceThreatTab</name>
    <message>
      <source>Requested on</source>
      <translation>Begärd den</translation>
    </message>
    <message>
      <source>Requested from</source>
      <translation>Begärd från</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Hotbild</translation>
    </message>
    <message>
      <source>Awaited</source>
      <translation>Inväntas</translation>
    </message>
    <message>
      <source>Concrete or latent</source>
      <translation>Konkret eller latent</translation>
    </message>
    <message>
      <source>The Police's date</source>
      <translation>Polisens datum</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Diarienummer</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Mottagen den</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Källa</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Begärd</translation>
    </message>
    <message>
      <source>Police follow-up</source>
      <translation>Uppföljning med Polisen</translation>
    </message>
    <message>
      <source>From the Police</source>
      <translation>Från Polisen</translation>
    </message>
    <message>
      <source>&amp;Request from the Police…</source>
      <translation>&amp;Begär från Polisen…</translation>
    </message>
    <message>
      <source>Ans&amp;wer received…</source>
      <translation>S&amp;var mottaget…</translation>
    </message>
    <message>
      <source>&amp;New assessment from the Police…</source>
      <translation>&amp;Ny bedömning från Polisen…</translation>
    </message>
    <message>
      <source>The Police's threat assessments</source>
      <translation>Polisens hotbildsbedömningar</translation>
    </message>
    <message>
      <source>No threat assessment has been requested from the Police or recorded outside the signed assessment.</source>
      <translation>Ingen hotbildsbedömning har begärts från Polisen eller registrerats utanför den signerade bedömningen.</translation>
    </message>
    <message>
      <source>Current threat: none recorded.</source>
      <translation>Aktuell hotbild: ingen registrerad.</translation>
    </message>
    <message>
      <source>Current threat: %1, %2 (the Police, %3, %4).</source>
      <translation>Aktuell hotbild: %1, %2 (Polisen, %3, %4).</translation>
    </message>
  </context>
  <context>
    <name>PreliminaryDialog</name>
    <message>
      <source>Preliminary assessment (within 14 days)</source>
      <translation>Förhandsbedömning (inom 14 dagar)</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Skäl:</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Printing…</source>
      <translation>Skriver ut…</translation>
    </message>
    <message>
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <source>The printer did not take the document; nothing was printed. Check the printer and try again.</source>
      <translation>Skrivaren tog inte emot dokumentet; inget skrevs ut. Kontrollera skrivaren och försök igen.</translation>
    </message>
    <message>
      <source>No printer is set up on this computer; nothing was printed.</source>
      <translation>Ingen skrivare är installerad på den här datorn; inget skrevs ut.</translation>
    </message>
  </context>
  <context>
    <name>ProcessEndingNote</name>
    <message>
      <source>The signed assessment of %1 found that the person does not meet the defector criteria: the defector process ends.</source>
      <translation>Den signerade bedömningen från %1 fann att personen inte uppfyller kriterierna för avhoppare: avhopparprocessen upphör.</translation>
    </message>
    <message>
      <source>The signed assessment of %1 records that the board and the Police judged that continuing the investigation is not appropriate: the defector process ends.</source>
      <translation>Den signerade bedömningen från %1 anger att nämnden och Polismyndigheten bedömt att det inte är lämpligt att fortsätta utredningen: avhopparprocessen upphör.</translation>
    </message>
    <message>
      <source>No long-term intervention is decided. Close the case (Case › Close case…) with the reason: %1.</source>
      <translation>Inga långsiktiga insatser beslutas. Avsluta ärendet (Ärende › Avsluta ärende…) med skälet: %1.</translation>
    </message>
    <message>
      <source>The defector process has ended</source>
      <translation>Avhopparprocessen har upphört</translation>
    </message>
    <message>
      <source>%1 — to be closed</source>
      <translation>%1 — ska avslutas</translation>
    </message>
  </context>
  <context>
    <name>ProtectionDialog</name>
    <message>
      <source>Protection assessment (within 24 hours)</source>
      <translation>Skyddsbedömning (inom 24 timmar)</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>QuickUnlockPage</name>
    <message>
      <source>Quick unlock</source>
      <translation>Snabbupplåsning</translation>
    </message>
    <message>
      <source>Optional: open Utväg on this computer without typing the passphrase.</source>
      <translation>Valfritt: öppna Utväg på den här datorn utan att skriva lösenfrasen.</translation>
    </message>
    <message>
      <source>Unlock with my computer account (system keyring)</source>
      <translation>Lås upp med mitt datorkonto (systemets nyckelring)</translation>
    </message>
    <message>
      <source>The passphrase still works, and losing the keyring costs nothing but a passphrase prompt.</source>
      <translation>Lösenfrasen fungerar fortfarande, och om nyckelringen försvinner behöver du bara skriva lösenfrasen.</translation>
    </message>
    <message>
      <source>Your organisation's policy does not allow quick unlock.</source>
      <translation>Organisationens policy tillåter inte snabbupplåsning.</translation>
    </message>
  </context>
  <context>
    <name>ReassignDialog</name>
    <message>
      <source>Hand the case to a colleague</source>
      <translation>Lämna över ärendet till en kollega</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Välj…</translation>
    </message>
    <message>
      <source>%1: %2 → %3 (%4)</source>
      <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
      <source>Caseworker now:</source>
      <translation>Handläggare nu:</translation>
    </message>
    <message>
      <source>&amp;To colleague:</source>
      <translation>&amp;Till kollega:</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Skäl:</translation>
    </message>
    <message>
      <source>Handover &amp;package:</source>
      <translation>Överlämnings&amp;paket:</translation>
    </message>
    <message>
      <source>The case goes to the colleague's own vault as a signed handover package, readable only there; here it stays as a read-only copy. Give the package to the colleague; their receipt comes back to you.</source>
      <translation>Ärendet går till kollegans eget valv som ett signerat överlämningspaket som bara kan läsas där; här blir det kvar som en skrivskyddad kopia. Ge paketet till kollegan; kollegans kvitto kommer tillbaka till dig.</translation>
    </message>
    <message>
      <source>Draft journal notes that are not signed stay here and are not sent: %1. Sign the ones your colleague needs first.</source>
      <translation>Journalanteckningar som är utkast och inte signerade stannar här och skickas inte: %1. Signera först dem som din kollega behöver.</translation>
    </message>
    <message>
      <source>Earlier handovers:</source>
      <translation>Tidigare överlämningar:</translation>
    </message>
    <message>
      <source>Save the handover package</source>
      <translation>Spara överlämningspaketet</translation>
    </message>
    <message>
      <source>Case handed over</source>
      <translation>Ärendet överlämnat</translation>
    </message>
    <message>
      <source>Case %1 is now handed to %2 and read-only here.

The package is saved in:
%3

What to do now: give the file to %2. Only %2's own vault can open it, and only until %4. When %2 has imported it, a receipt file comes back: register it here with File › Register receipt…, and the handover is marked delivered.</source>
      <translation>Ärende %1 är nu överlämnat till %2 och går bara att läsa här.

Paketet är sparat i:
%3

Gör så här nu: lämna filen till %2. Bara %2s eget valv kan öppna den, och bara till och med %4. När %2 har importerat paketet kommer en kvittofil tillbaka: registrera den här med Arkiv › Registrera kvitto…, så markeras överlämningen som levererad.</translation>
    </message>
  </context>
  <context>
    <name>ReceivedConsultationsDialog</name>
    <message>
      <source>Received consultations</source>
      <translation>Mottagna konsultationer</translation>
    </message>
    <message>
      <source>The consultations the districts sent SAV and kept here. Select one still awaiting its answer and press Answer…; an answered one shows its answer.</source>
      <translation>Konsultationerna som stadsområdena skickat till SAV och som sparats här. Markera en som väntar på svar och tryck Svara…; en besvarad visar sitt svar.</translation>
    </message>
    <message>
      <source>&amp;Answer…</source>
      <translation>&amp;Svara…</translation>
    </message>
    <message>
      <source>Write the &amp;receipt again…</source>
      <translation>Skriv &amp;kvittot igen…</translation>
    </message>
    <message>
      <source>Write the receipt for the district again, as it was sealed when the consultation was kept here</source>
      <translation>Skriv kvittot till stadsdelen igen, så som det förseglades när konsultationen sparades här</translation>
    </message>
    <message>
      <source>No consultation is kept here.</source>
      <translation>Ingen konsultation är sparad här.</translation>
    </message>
    <message>
      <source>Not answered yet: press Answer… to write SAV's answer.</source>
      <translation>Inte besvarad än: tryck Svara… för att skriva SAV:s svar.</translation>
    </message>
    <message>
      <source>%1, %2: %3</source>
      <translation>%1, %2: %3</translation>
    </message>
    <message>
      <source>The consultation could not be read.</source>
      <translation>Konsultationen kunde inte läsas.</translation>
    </message>
    <message>
      <source>Save the receipt</source>
      <translation>Spara kvittot</translation>
    </message>
    <message>
      <source>Writing the receipt…</source>
      <translation>Skriver kvittot…</translation>
    </message>
    <message>
      <source>The receipt file was not written.</source>
      <translation>Kvittofilen skrevs inte.</translation>
    </message>
    <message>
      <source>Receipt written</source>
      <translation>Kvittot skrivet</translation>
    </message>
    <message>
      <source>The receipt for the consultation is saved in:
%1

Send it back to %2 the same way the consultation came.</source>
      <translation>Kvittot för konsultationen är sparat i:
%1

Skicka tillbaka det till %2 på samma sätt som konsultationen kom.</translation>
    </message>
  </context>
  <context>
    <name>ReceivedConsultationsModel</name>
    <message>
      <source>Received</source>
      <translation>Inkom</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Från</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Fråga</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Svar</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>Why it was not saved</source>
      <translation>Varför det inte sparades</translation>
    </message>
    <message>
      <source>Writing the package…</source>
      <translation>Skriver paketet…</translation>
    </message>
    <message>
      <source>Discard the text?</source>
      <translation>Kasta texten?</translation>
    </message>
    <message>
      <source>What you typed here is not saved. Close the window and discard it?</source>
      <translation>Det du har skrivit här är inte sparat. Stänga fönstret och kasta texten?</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>&amp;Kasta</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <source>Your recovery key</source>
      <translation>Din återställningsnyckel</translation>
    </message>
    <message>
      <source>If you forget the passphrase, only this key opens the vault. It is shown once: print it or write it down, and keep it locked away.</source>
      <translation>Om du glömmer lösenfrasen är det bara den här nyckeln som öppnar valvet. Den visas en gång: skriv ut den eller skriv av den, och förvara den inlåst.</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
      <source>Save as P&amp;DF…</source>
      <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
      <source>The vault for %1 has been created. The unit and the passphrase can no longer be changed here (the passphrase can be changed later with utvag passwd).</source>
      <translation>Valvet för %1 är skapat. Enheten och lösenfrasen kan inte längre ändras här (lösenfrasen kan ändras senare med utvag passwd).</translation>
    </message>
    <message>
      <source>No printer is set up on this computer. Write the key down by hand, or save a PDF and print it elsewhere; then delete the PDF.</source>
      <translation>Ingen skrivare är installerad på den här datorn. Skriv av nyckeln för hand, eller spara en PDF och skriv ut den någon annanstans; radera sedan PDF-filen.</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Skickad till skrivaren.</translation>
    </message>
    <message>
      <source>Save the recovery key as PDF (not encrypted)</source>
      <translation>Spara återställningsnyckeln som PDF (inte krypterad)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Saving the PDF…</source>
      <translation>Sparar PDF-filen…</translation>
    </message>
    <message>
      <source>Saved; only you can read the file. Print it, then delete it.</source>
      <translation>Sparad; bara du kan läsa filen. Skriv ut den och radera den sedan.</translation>
    </message>
  </context>
  <context>
    <name>RelativesTab</name>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>Own case</source>
      <translation>Eget ärende</translation>
    </message>
    <message>
      <source>Informed on</source>
      <translation>Informerad</translation>
    </message>
    <message>
      <source>Responsible unit</source>
      <translation>Ansvarig enhet</translation>
    </message>
    <message>
      <source>Contact path</source>
      <translation>Kontaktväg</translation>
    </message>
    <message>
      <source>Link relati&amp;ve…</source>
      <translation>K&amp;oppla anhörig…</translation>
    </message>
    <message>
      <source>Mark as informe&amp;d…</source>
      <translation>&amp;Markera som informerad…</translation>
    </message>
    <message>
      <source>Contact &amp;path…</source>
      <translation>Kontakt&amp;väg…</translation>
    </message>
    <message>
      <source>The case's relatives</source>
      <translation>Ärendets anhöriga</translation>
    </message>
    <message>
      <source>No relatives are recorded.</source>
      <translation>Inga anhöriga är registrerade.</translation>
    </message>
  </context>
  <context>
    <name>ReportOffer</name>
    <message>
      <source>Report to the unit manager</source>
      <translation>Rapportera till enhetschefen</translation>
    </message>
    <message>
      <source>Send a signed report of this incident (what happened, the support given, the Police report's status) to the unit manager? The manager files the Police report for the employer.</source>
      <translation>Skicka en signerad rapport om händelsen (vad som hände, stödet som getts, polisanmälans status) till enhetschefen? Chefen gör polisanmälan för arbetsgivaren.</translation>
    </message>
  </context>
  <context>
    <name>RetentionView</name>
    <message>
      <source>Retention (gallring)</source>
      <translation>Gallring</translation>
    </message>
    <message>
      <source>Reading what is due for destruction…</source>
      <translation>Läser in det som ska gallras…</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Gallring</translation>
    </message>
    <message>
      <source>&amp;Due for destruction</source>
      <translation>&amp;Att gallra</translation>
    </message>
    <message>
      <source>Legal &amp;holds</source>
      <translation>Gallrings&amp;stopp</translation>
    </message>
    <message>
      <source>Destruction rec&amp;ord</source>
      <translation>Gallrings&amp;logg</translation>
    </message>
    <message>
      <source>Due as of</source>
      <translation>Förfaller per</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <source>De&amp;stroy what is due…</source>
      <translation>&amp;Gallra det som ska gallras…</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Last entry</source>
      <translation>Senaste anteckning</translation>
    </message>
    <message>
      <source>Due from</source>
      <translation>Får gallras från</translation>
    </message>
    <message>
      <source>Complete by</source>
      <translation>Gallras senast</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <source>Cases due for destruction</source>
      <translation>Ärenden som ska gallras</translation>
    </message>
    <message>
      <source>Evaluate on:</source>
      <translation>Bedöm per:</translation>
    </message>
    <message>
      <source>Placed</source>
      <translation>Lagt</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <source>Why the records must be kept (e.g. requested in a court case)</source>
      <translation>Varför handlingarna måste bevaras (t.ex. begärda i ett mål)</translation>
    </message>
    <message>
      <source>&amp;Place hold</source>
      <translation>Lägg &amp;in gallringsstopp</translation>
    </message>
    <message>
      <source>&amp;Lift the selected hold</source>
      <translation>&amp;Häv markerat gallringsstopp</translation>
    </message>
    <message>
      <source>A case under a legal hold, and every other case on the same person, is never destroyed while the hold is in force.</source>
      <translation>Ett ärende med gallringsstopp, och varje annat ärende om samma person, gallras aldrig så länge stoppet gäller.</translation>
    </message>
    <message>
      <source>Destroyed on</source>
      <translation>Gallrat den</translation>
    </message>
    <message>
      <source>Only this record of each destroyed case is kept: its number, the day and the rule. Nothing of its content.</source>
      <translation>Av varje gallrat ärende sparas bara detta: numret, dagen och regeln. Inget av innehållet.</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Läser…</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Försenad</translation>
    </message>
    <message>
      <source>To be destroyed</source>
      <translation>Ska gallras</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Bevaras</translation>
    </message>
    <message>
      <source>%1 due for destruction (%2 overdue), %3 kept.</source>
      <translation>%1 ska gallras (%2 försenade), %3 bevaras.</translation>
    </message>
    <message>
      <source>Nothing is due for destruction on %1.</source>
      <translation>Inget ska gallras den %1.</translation>
    </message>
    <message>
      <source>Cases are destroyed only on today's preview.</source>
      <translation>Ärenden gallras bara utifrån dagens förhandsvisning.</translation>
    </message>
    <message>
      <source>%1 case</source>
      <translation>%1 ärende</translation>
    </message>
    <message>
      <source>%1 cases</source>
      <translation>%1 ärenden</translation>
    </message>
    <message>
      <source>%1 record without a case</source>
      <translation>%1 post utan ärende</translation>
    </message>
    <message>
      <source>%1 records without a case</source>
      <translation>%1 poster utan ärende</translation>
    </message>
    <message>
      <source>%1 and %2</source>
      <translation>%1 och %2</translation>
    </message>
    <message>
      <source>%1 other record</source>
      <translation>%1 annan post</translation>
    </message>
    <message>
      <source>%1 other records</source>
      <translation>%1 andra poster</translation>
    </message>
    <message>
      <source>Destroy for good?</source>
      <translation>Gallra för gott?</translation>
    </message>
    <message>
      <source>%1 and everything recorded on them will be destroyed for good: %2. Only what each was (its case number, or its kind and number), the day and the rule are kept. This cannot be undone.</source>
      <translation>%1 och allt som antecknats i dem förstörs för gott: %2. Bara vad var och en var (ärendenumret, eller slaget och numret), dagen och regeln sparas. Det går inte att ångra.</translation>
    </message>
    <message>
      <source>Destroy %1</source>
      <translation>Gallra %1</translation>
    </message>
    <message>
      <source>Nothing was destroyed.</source>
      <translation>Inget gallrades.</translation>
    </message>
    <message>
      <source>Destroying…</source>
      <translation>Gallrar…</translation>
    </message>
    <message>
      <source>Destroying what is due…</source>
      <translation>Gallrar det som ska gallras…</translation>
    </message>
    <message>
      <source>%1 destroyed; the destruction record lists them.</source>
      <translation>%1 har gallrats; gallringsloggen listar dem.</translation>
    </message>
    <message>
      <source>Legal hold placed on %1.</source>
      <translation>Gallringsstopp lagt på %1.</translation>
    </message>
    <message>
      <source>Select the hold to lift.</source>
      <translation>Markera det gallringsstopp som ska hävas.</translation>
    </message>
    <message>
      <source>Legal hold on %1 lifted.</source>
      <translation>Gallringsstoppet på %1 hävt.</translation>
    </message>
  </context>
  <context>
    <name>RevealReasonDialog</name>
    <message>
      <source>Show the guardian's details</source>
      <translation>Visa vårdnadshavarens uppgifter</translation>
    </message>
    <message>
      <source>Choose a reason…</source>
      <translation>Välj ett skäl…</translation>
    </message>
    <message>
      <source>&amp;Show (logged)</source>
      <translation>&amp;Visa (loggas)</translation>
    </message>
    <message>
      <source>The guardian's identity is protected. Showing it is logged with the reason and reviewed in the log review.</source>
      <translation>Vårdnadshavarens identitet är skyddad. Att visa den loggas med skälet och granskas i loggkontrollen.</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Skäl:</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueueModel</name>
    <message>
      <source>Concern report %1</source>
      <translation>Orosanmälan %1</translation>
    </message>
    <message>
      <source>The unit's concern reports</source>
      <translation>Enhetens orosanmälningar</translation>
    </message>
    <message>
      <source>(destroyed)</source>
      <translation>(gallrat)</translation>
    </message>
    <message>
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Why reviewed</source>
      <translation>Varför granskas</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingDialog</name>
    <message>
      <source>Measures</source>
      <translation>Åtgärder</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <source>Save &amp;draft</source>
      <translation>Spara &amp;utkast</translation>
    </message>
    <message>
      <source>&amp;Sign</source>
      <translation>&amp;Signera</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <source>Meeting &amp;time:</source>
      <translation>Mötes&amp;tid:</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Plats:</translation>
    </message>
    <message>
      <source>P&amp;articipants:</source>
      <translation>&amp;Deltagare:</translation>
    </message>
    <message>
      <source>&amp;Risk factors:</source>
      <translation>&amp;Riskfaktorer:</translation>
    </message>
    <message>
      <source>D&amp;ecision:</source>
      <translation>B&amp;eslut:</translation>
    </message>
    <message>
      <source>Decision &amp;note:</source>
      <translation>Beslutsk&amp;ommentar:</translation>
    </message>
    <message>
      <source>New risk assessment before a meeting</source>
      <translation>Ny riskbedömning inför särskilt riskmoment</translation>
    </message>
    <message>
      <source>Risk assessment before a meeting (draft)</source>
      <translation>Riskbedömning inför särskilt riskmoment (utkast)</translation>
    </message>
    <message>
      <source>Risk assessment before a meeting (signed)</source>
      <translation>Riskbedömning inför särskilt riskmoment (signerad)</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Inte sparad: %1</translation>
    </message>
    <message>
      <source>Saved as a draft, not signed: %1</source>
      <translation>Sparad som utkast, inte signerad: %1</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingsModel</name>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Möte</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <source>Upcoming meeting</source>
      <translation>Kommande möte</translation>
    </message>
    <message>
      <source>Past meeting</source>
      <translation>Tidigare möte</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signerad</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingsPanel</name>
    <message>
      <source>Risk meetings</source>
      <translation>Riskmöten</translation>
    </message>
    <message>
      <source>New risk assessment…</source>
      <translation>Ny riskbedömning…</translation>
    </message>
    <message>
      <source>Edit draft…</source>
      <translation>Redigera utkast…</translation>
    </message>
    <message>
      <source>Sign selected</source>
      <translation>Signera markerad</translation>
    </message>
    <message>
      <source>%1 upcoming, %2 past</source>
      <translation>%1 kommande, %2 tidigare</translation>
    </message>
    <message>
      <source>Signed; the assessment can no longer be changed.</source>
      <translation>Signerad; bedömningen kan inte längre ändras.</translation>
    </message>
    <message>
      <source>Draft saved.</source>
      <translation>Utkastet är sparat.</translation>
    </message>
    <message>
      <source>Not signed: %1</source>
      <translation>Inte signerad: %1</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingsView</name>
    <message>
      <source>My upcoming risk meetings</source>
      <translation>Mina kommande riskmöten</translation>
    </message>
    <message>
      <source>Meetings with a risk assessment, soonest first. Press Enter to open the case.</source>
      <translation>Möten med en riskbedömning, närmast först. Tryck Enter för att öppna ärendet.</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <source>%1 meetings, %2 not signed</source>
      <translation>%1 möten, %2 inte signerade</translation>
    </message>
  </context>
  <context>
    <name>RoleHome</name>
    <message>
      <source>This is the city office's vault. It holds no cases: here the yearly statistics contributions of the district boards and of SAV are added up into the city-wide figures, and small counts are suppressed only after adding up.

A contribution opens here only from a unit whose key card this vault trusts (Unit keys), and each unit must trust the city office's card.</source>
      <translation>Detta är stadsledningskontorets valv. Det har inga ärenden: här läggs stadsområdenas och SAV:s årliga statistikbidrag samman till stadens siffror, och små tal döljs först efter sammanläggningen.

Ett bidrag öppnas här bara från en enhet vars nyckelkort valvet litar på (Enhetens nycklar), och varje enhet måste lita på stadsledningskontorets kort.</translation>
    </message>
    <message>
      <source>%1 · %2, %3</source>
      <translation>%1 · %2, %3</translation>
    </message>
    <message>
      <source>This is the unit manager's vault. It holds no cases: the caseworkers of the unit send their incident reports and their monthly log reviews here. Read them and sign the log reviews in the manager's view; each signature goes back to its caseworker.</source>
      <translation>Detta är enhetschefens valv. Det har inga ärenden: enhetens handläggare skickar hit sina incidentrapporter och sina månatliga loggkontroller. Läs dem och signera loggkontrollerna i chefens vy; varje signatur går tillbaka till sin handläggare.</translation>
    </message>
    <message>
      <source>This vault holds no cases.</source>
      <translation>Valvet har inga ärenden.</translation>
    </message>
  </context>
  <context>
    <name>SavQuestionNote</name>
    <message>
      <source>SAV is to be asked</source>
      <translation>SAV ska tillfrågas</translation>
    </message>
    <message>
      <source>The signed assessment of %1 leaves it to SAV to judge whether the person is a special defector. Ask SAV (Case › Consult SAV…, the question whether the person is a special defector).</source>
      <translation>Den signerade bedömningen från %1 lämnar åt SAV att avgöra om personen är särskild avhoppare. Fråga SAV (Ärende › Konsultera SAV…, frågan om personen är särskild avhoppare).</translation>
    </message>
  </context>
  <context>
    <name>Sheet</name>
    <message>
      <source>Unit:</source>
      <translation>Enhet:</translation>
    </message>
    <message>
      <source>Vault id:</source>
      <translation>Valv-id:</translation>
    </message>
    <message>
      <source>Created:</source>
      <translation>Skapad:</translation>
    </message>
    <message>
      <source>Keep this sheet locked away, for example in the unit's safe, apart from the computer.</source>
      <translation>Förvara bladet inlåst, till exempel i enhetens kassaskåp, skilt från datorn.</translation>
    </message>
    <message>
      <source>Do not photograph it, scan it or keep a copy on any computer.</source>
      <translation>Fotografera eller skanna det inte, och spara ingen kopia på någon dator.</translation>
    </message>
    <message>
      <source>Anyone holding this key can open the vault without the passphrase.</source>
      <translation>Den som har nyckeln kan öppna valvet utan lösenfrasen.</translation>
    </message>
    <message>
      <source>If the sheet is lost or seen by someone else, ask the administrator to make a new key (utvag rekey); the old key then stops working.</source>
      <translation>Om bladet kommer bort eller har setts av någon annan: be administratören att skapa en ny nyckel (utvag rekey); den gamla slutar då att fungera.</translation>
    </message>
    <message>
      <source>Utväg recovery key</source>
      <translation>Återställningsnyckel för Utväg</translation>
    </message>
    <message>
      <source>If the passphrase is forgotten, only this key opens the vault.</source>
      <translation>Om lösenfrasen glöms bort är det bara den här nyckeln som öppnar valvet.</translation>
    </message>
    <message>
      <source>How to keep it</source>
      <translation>Så förvarar du den</translation>
    </message>
  </context>
  <context>
    <name>SignReviewDialog</name>
    <message>
      <source>Sign the log review</source>
      <translation>Signera loggkontrollen</translation>
    </message>
    <message>
      <source>The log review of %1 from %2: %3 accesses.</source>
      <translation>Loggkontrollen för %1 från %2: %3 åtkomster.</translation>
    </message>
    <message>
      <source>No remarks</source>
      <translation>Utan anmärkning</translation>
    </message>
    <message>
      <source>Remarks</source>
      <translation>Med anmärkning</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>&amp;Resultat:</translation>
    </message>
    <message>
      <source>&amp;Comment:</source>
      <translation>&amp;Kommentar:</translation>
    </message>
  </context>
  <context>
    <name>SpecialDecisionDialog</name>
    <message>
      <source>SAV's decision on a special defector</source>
      <translation>SAV:s beslut om särskild avhoppare</translation>
    </message>
    <message>
      <source>&amp;Decision:</source>
      <translation>&amp;Beslut:</translation>
    </message>
    <message>
      <source>Decided &amp;on:</source>
      <translation>Beslutat &amp;den:</translation>
    </message>
    <message>
      <source>&amp;Justification:</source>
      <translation>&amp;Motivering:</translation>
    </message>
    <message>
      <source>SAV has the final word on whether a defector is a special defector; the decision is dated and justified.</source>
      <translation>SAV har det yttersta ansvaret för att bedöma om en avhoppare är särskild avhoppare; beslutet dateras och motiveras.</translation>
    </message>
  </context>
  <context>
    <name>StaffSafetyTab</name>
    <message>
      <source>Unresolved conflict of interest: %1</source>
      <translation>Ohanterat jäv: %1</translation>
    </message>
    <message>
      <source>It concerns you.</source>
      <translation>Det gäller dig.</translation>
    </message>
    <message>
      <source>High-risk case: follow the routine for high-risk cases.</source>
      <translation>Högriskärende: följ rutinen för högriskärenden.</translation>
    </message>
    <message>
      <source>Risk-assessed meeting on %1.</source>
      <translation>Riskbedömt möte %1.</translation>
    </message>
    <message>
      <source>The assessment is not signed.</source>
      <translation>Bedömningen är inte signerad.</translation>
    </message>
    <message>
      <source>Flag and conflicts of interest</source>
      <translation>Markering och jäv</translation>
    </message>
    <message>
      <source>Incidents against staff</source>
      <translation>Händelser mot personal</translation>
    </message>
    <message>
      <source>Risk meetings</source>
      <translation>Riskmöten</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Rotation</translation>
    </message>
    <message>
      <source>High risk</source>
      <translation>Hög risk</translation>
    </message>
    <message>
      <source>High-risk flag</source>
      <translation>Markering hög risk</translation>
    </message>
    <message>
      <source>Linked to a criminal network</source>
      <translation>Kopplat till ett kriminellt nätverk</translation>
    </message>
    <message>
      <source>What the threat consists of</source>
      <translation>Vad hotet består i</translation>
    </message>
    <message>
      <source>Flag as high-risk</source>
      <translation>Markera som hög risk</translation>
    </message>
    <message>
      <source>Why the flag is cleared</source>
      <translation>Varför markeringen tas bort</translation>
    </message>
    <message>
      <source>Clear flag</source>
      <translation>Ta bort markeringen</translation>
    </message>
    <message>
      <source>Record incident…</source>
      <translation>Registrera händelse…</translation>
    </message>
    <message>
      <source>Print Police report draft…</source>
      <translation>Skriv ut utkast till polisanmälan…</translation>
    </message>
    <message>
      <source>New caseworker (user name)</source>
      <translation>Ny handläggare (användarnamn)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <source>Reassign</source>
      <translation>Byt handläggare</translation>
    </message>
    <message>
      <source>Conflicts of interest</source>
      <translation>Jäv</translation>
    </message>
    <message>
      <source>Description (optional)</source>
      <translation>Beskrivning (valfri)</translation>
    </message>
    <message>
      <source>Record conflict</source>
      <translation>Registrera jäv</translation>
    </message>
    <message>
      <source>How the conflict was resolved</source>
      <translation>Hur jävet hanterades</translation>
    </message>
    <message>
      <source>Resolve selected</source>
      <translation>Markera valt som hanterat</translation>
    </message>
    <message>
      <source>The case is not flagged high-risk.</source>
      <translation>Ärendet är inte markerat som hög risk.</translation>
    </message>
    <message>
      <source>Flagged high-risk since %1: %2</source>
      <translation>Markerat som hög risk sedan %1: %2</translation>
    </message>
    <message>
      <source>%1: %2 → %3 (%4)</source>
      <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
      <source>%1 flagged by %2: %3</source>
      <translation>%1 markerat av %2: %3</translation>
    </message>
    <message>
      <source>linked to a criminal network</source>
      <translation>kopplat till ett kriminellt nätverk</translation>
    </message>
    <message>
      <source>cleared %1: %2</source>
      <translation>borttagen %1: %2</translation>
    </message>
    <message>
      <source>resolved: %1</source>
      <translation>hanterat: %1</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Inte sparad: %1</translation>
    </message>
    <message>
      <source>Choose a conflict of interest first.</source>
      <translation>Välj ett jäv först.</translation>
    </message>
    <message>
      <source>Save the incident report</source>
      <translation>Spara händelserapporten</translation>
    </message>
    <message>
      <source>Sealing the incident report…</source>
      <translation>Förseglar händelserapporten…</translation>
    </message>
    <message>
      <source>The incident report for %1 is saved in %2; give it to the manager.</source>
      <translation>Händelserapporten till %1 är sparad i %2; ge den till chefen.</translation>
    </message>
  </context>
  <context>
    <name>StatTableModel</name>
    <message>
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <source>Suppressed: too few cases to show, or it would reveal a small count</source>
      <translation>Undertryckt: för få ärenden för att visas, eller skulle avslöja ett litet antal</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <source>Counting the statistics…</source>
      <translation>Räknar fram statistiken…</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
      <source>Export &amp;PDF report…</source>
      <translation>Exportera &amp;PDF-rapport…</translation>
    </message>
    <message>
      <source>Contribute to the &amp;city office…</source>
      <translation>Bidra till &amp;stadsledningskontoret…</translation>
    </message>
    <message>
      <source>Seal this year's exact counts, encrypted and signed, to the city office's key card</source>
      <translation>Försegla årets exakta antal, krypterade och signerade, till stadsledningskontorets nyckelkort</translation>
    </message>
    <message>
      <source>City-&amp;wide statistics…</source>
      <translation>Stadsöver&amp;gripande statistik…</translation>
    </message>
    <message>
      <source>Add up the units' contributions and suppress small counts in the combined table</source>
      <translation>Lägg samman förvaltningarnas bidrag och dölj små tal i den sammanlagda tabellen</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;År:</translation>
    </message>
    <message>
      <source>&amp;Table:</source>
      <translation>&amp;Tabell:</translation>
    </message>
    <message>
      <source>Statistics table</source>
      <translation>Statistiktabell</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>År</translation>
    </message>
    <message>
      <source>Table to show</source>
      <translation>Tabell som visas</translation>
    </message>
    <message>
      <source>De-identified counts. Every count below %1, and every count that would reveal one, is shown as x.</source>
      <translation>Avidentifierade antal. Varje antal under %1, och varje antal som skulle avslöja ett sådant, visas som x.</translation>
    </message>
    <message>
      <source>Export statistics</source>
      <translation>Exportera statistik</translation>
    </message>
    <message>
      <source>The file will not be encrypted. It holds only de-identified counts with small numbers suppressed; store it as your unit's routine says.</source>
      <translation>Filen blir inte krypterad. Den innehåller bara avidentifierade antal där små tal är undertryckta; förvara den som enhetens rutin säger.</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <source>Contribute to the city office</source>
      <translation>Bidra till stadsledningskontoret</translation>
    </message>
    <message>
      <source>The exact counts of %1 (no names, no case numbers) are sealed so that only this key card can open them. Send to:</source>
      <translation>De exakta antalen för %1 (inga namn, inga ärendenummer) förseglas så att bara detta nyckelkort kan öppna dem. Skicka till:</translation>
    </message>
    <message>
      <source>Sealing the contribution…</source>
      <translation>Förseglar bidraget…</translation>
    </message>
    <message>
      <source>No contribution was written.</source>
      <translation>Inget bidrag skrevs.</translation>
    </message>
    <message>
      <source>The %1 contribution for %2 was written to %3.</source>
      <translation>Bidraget för %1 till %2 skrevs till %3.</translation>
    </message>
    <message>
      <source>Utväg statistics %1</source>
      <translation>Utväg statistik %1</translation>
    </message>
    <message>
      <source>Writing the PDF report…</source>
      <translation>Skriver PDF-rapporten…</translation>
    </message>
    <message>
      <source>The PDF report was saved in %1.</source>
      <translation>PDF-rapporten sparades i %1.</translation>
    </message>
    <message>
      <source>The PDF report could not be written there.</source>
      <translation>PDF-rapporten kunde inte sparas där.</translation>
    </message>
  </context>
  <context>
    <name>ThreatAnswerDialog</name>
    <message>
      <source>The Police's threat assessment received</source>
      <translation>Polisens hotbildsbedömning mottagen</translation>
    </message>
    <message>
      <source>A new threat assessment from the Police</source>
      <translation>En ny hotbildsbedömning från Polisen</translation>
    </message>
    <message>
      <source>Received &amp;on:</source>
      <translation>Mottagen &amp;den:</translation>
    </message>
    <message>
      <source>Requested on %1 from %2.</source>
      <translation>Begärd den %1 från %2.</translation>
    </message>
  </context>
  <context>
    <name>ThreatRequestDialog</name>
    <message>
      <source>Threat assessment requested from the Police</source>
      <translation>Hotbildsbedömning begärd från Polisen</translation>
    </message>
    <message>
      <source>&amp;Requested on:</source>
      <translation>&amp;Begärd den:</translation>
    </message>
    <message>
      <source>Requested &amp;from (police region or contact):</source>
      <translation>Begärd &amp;från (polisregion eller kontakt):</translation>
    </message>
    <message>
      <source>The answer is awaited in the Due view from the day of the request, for the number of days the organisation's policy sets (%1 days).</source>
      <translation>Svaret inväntas i vyn Att göra från dagen för begäran, under det antal dagar organisationens policy anger (%1 dagar).</translation>
    </message>
  </context>
  <context>
    <name>TransferActions</name>
    <message>
      <source>Transfer</source>
      <translation>Överflyttning</translation>
    </message>
    <message>
      <source>&amp;Transfer case…</source>
      <translation>&amp;Överflytta ärende…</translation>
    </message>
    <message>
      <source>Send the open case to another unit as an encrypted, signed package</source>
      <translation>Skicka det öppna ärendet till en annan enhet som ett krypterat, signerat paket</translation>
    </message>
    <message>
      <source>&amp;Import transfer…</source>
      <translation>&amp;Importera överflyttning…</translation>
    </message>
    <message>
      <source>Register &amp;receipt…</source>
      <translation>Registrera &amp;kvitto…</translation>
    </message>
    <message>
      <source>Unit &amp;keys…</source>
      <translation>Enhetens n&amp;ycklar…</translation>
    </message>
    <message>
      <source>Received c&amp;onsultations…</source>
      <translation>Mottagna k&amp;onsultationer…</translation>
    </message>
    <message numerus="yes">
      <source>An interrupted transfer was finished: %n file(s) placed or removed.</source>
      <translation>
        <numerusform>En avbruten överflyttning slutfördes: %n fil placerades eller togs bort.</numerusform>
        <numerusform>En avbruten överflyttning slutfördes: %n filer placerades eller togs bort.</numerusform>
      </translation>
    </message>
    <message>
      <source>No package was written and the case is unchanged.</source>
      <translation>Inget paket skrevs och ärendet är oförändrat.</translation>
    </message>
    <message>
      <source>Writing the transfer package…</source>
      <translation>Skriver överflyttningspaketet…</translation>
    </message>
    <message>
      <source>Case transferred</source>
      <translation>Ärendet överflyttat</translation>
    </message>
    <message>
      <source>Case %1 is now transferred to %2 and read-only here.

The package is saved in:
%3

What to do now: hand the file to %2 the way your units agreed (for example on an encrypted USB stick or by the secure e-mail route). Only %2 can open it, and only until %4. When %2 has imported it they send back a receipt file: register it here with File › Register receipt…, and the case is marked delivered.</source>
      <translation>Ärende %1 är nu överflyttat till %2 och går bara att läsa här.

Paketet är sparat i:
%3

Gör så här nu: lämna filen till %2 på det sätt era enheter kommit överens om (till exempel på ett krypterat USB-minne eller via den säkra e-postvägen). Bara %2 kan öppna den, och bara till och med %4. När %2 har importerat paketet skickar de tillbaka en kvittofil: registrera den här med Arkiv › Registrera kvitto…, så markeras ärendet som levererat.</translation>
    </message>
    <message>
      <source>Import a case package</source>
      <translation>Importera ett ärendepaket</translation>
    </message>
    <message>
      <source>Checking the package…</source>
      <translation>Kontrollerar paketet…</translation>
    </message>
    <message>
      <source>The package was not imported; nothing was changed.</source>
      <translation>Paketet importerades inte; ingenting ändrades.</translation>
    </message>
    <message>
      <source>Importing the case…</source>
      <translation>Importerar ärendet…</translation>
    </message>
    <message>
      <source>Case imported</source>
      <translation>Ärendet importerat</translation>
    </message>
    <message>
      <source>The case from %1 (case %2 there) is imported here as case %3.

The receipt is saved in:
%4

Send the receipt file back to %1 the same way the package came; they register it, and their copy of the case is marked delivered.</source>
      <translation>Ärendet från %1 (ärende %2 där) är importerat här som ärende %3.

Kvittot är sparat i:
%4

Skicka kvittofilen tillbaka till %1 på samma sätt som paketet kom; de registrerar det, och deras ärende markeras som levererat.</translation>
    </message>
    <message>
      <source>The case is imported here as case %1, but its receipt file could not be written. The receipt is kept in the vault: write it to another place now.</source>
      <translation>Ärendet är importerat här som ärende %1, men kvittofilen kunde inte skrivas. Kvittot finns sparat i valvet: skriv det till en annan plats nu.</translation>
    </message>
    <message>
      <source>&amp;Write the receipt…</source>
      <translation>&amp;Skriv kvittot…</translation>
    </message>
    <message>
      <source>Save the receipt</source>
      <translation>Spara kvittot</translation>
    </message>
    <message>
      <source>The receipt is saved in:
%1

Send it back to %2 the same way the package came.</source>
      <translation>Kvittot är sparat i:
%1

Skicka tillbaka det till %2 på samma sätt som paketet kom.</translation>
    </message>
    <message>
      <source>Register a receipt</source>
      <translation>Registrera ett kvitto</translation>
    </message>
    <message>
      <source>Checking the receipt…</source>
      <translation>Kontrollerar kvittot…</translation>
    </message>
    <message>
      <source>The receipt was not registered; nothing was changed.</source>
      <translation>Kvittot registrerades inte; ingenting ändrades.</translation>
    </message>
    <message>
      <source>Receipt registered: %1 imported the case on %2. The case is marked delivered.</source>
      <translation>Kvittot registrerat: %1 importerade ärendet %2. Ärendet är markerat som levererat.</translation>
    </message>
    <message>
      <source>Receipt registered: %1 declined the package on %2.</source>
      <translation>Kvittot registrerat: %1 avböjde paketet %2.</translation>
    </message>
    <message>
      <source>Receipt registered</source>
      <translation>Kvittot registrerat</translation>
    </message>
    <message>
      <source>The unit's keys could not be shown.</source>
      <translation>Enhetens nycklar kunde inte visas.</translation>
    </message>
  </context>
  <context>
    <name>TransferCaseDialog</name>
    <message>
      <source>Transfer case %1</source>
      <translation>Överflytta ärende %1</translation>
    </message>
    <message>
      <source>Case %1 leaves this unit as an encrypted, signed package that only the receiving unit can open. It holds journal notes: %2, assessments: %3, attachments: %4 (%5). The case is then closed here and read-only.</source>
      <translation>Ärende %1 lämnar enheten som ett krypterat, signerat paket som bara den mottagande enheten kan öppna. Det innehåller journalanteckningar: %2, bedömningar: %3, bilagor: %4 (%5). Ärendet avslutas sedan här och går bara att läsa.</translation>
    </message>
    <message>
      <source>Draft journal notes that are not signed stay here and are not sent: %1. Sign the ones the receiving unit needs before writing the package.</source>
      <translation>Journalanteckningar som är utkast och inte signerade stannar här och skickas inte: %1. Signera dem som den mottagande enheten behöver innan paketet skrivs.</translation>
    </message>
    <message>
      <source>No application is recorded on the case: the receiving board opens its investigation on the application already received, so record it first (Case › Record the application…).</source>
      <translation>Ingen ansökan är registrerad i ärendet: den mottagande nämnden inleder sin utredning utifrån den redan inkomna ansökan, så registrera den först (Ärende › Registrera ansökan…).</translation>
    </message>
    <message>
      <source>The application is recorded without what was applied for: the receiving board learns when and from whom it came, but not its content. Record it again with what was applied for or the written application (Case › Record the application…); the one recorded last travels.</source>
      <translation>Ansökan är registrerad utan vad som ansöktes om: den mottagande nämnden får veta när och från vem den kom, men inte vad den gäller. Registrera den igen med vad som ansöktes om eller den skriftliga ansökan (Ärende › Registrera ansökan…); den som registrerades sist följer med.</translation>
    </message>
    <message>
      <source>Receiving &amp;unit:</source>
      <translation>Mottagande &amp;enhet:</translation>
    </message>
    <message>
      <source>Consent:</source>
      <translation>Samtycke:</translation>
    </message>
    <message>
      <source>Legal ground:</source>
      <translation>Rättslig grund:</translation>
    </message>
    <message>
      <source>Package &amp;file:</source>
      <translation>Paket&amp;fil:</translation>
    </message>
    <message>
      <source>Choose the legal ground…</source>
      <translation>Välj rättslig grund…</translation>
    </message>
    <message>
      <source>&amp;Ground instead:</source>
      <translation>&amp;Grund i stället:</translation>
    </message>
    <message>
      <source>Ground in &amp;words:</source>
      <translation>Grunden i &amp;ord:</translation>
    </message>
    <message>
      <source>The person has a protected identity. I confirm that the receiving unit needs the name, identity number and address; the package will carry them (logged).</source>
      <translation>Personen har skyddad identitet. Jag bekräftar att den mottagande enheten behöver namn, personnummer och adress; paketet kommer att innehålla dem (loggas).</translation>
    </message>
    <message>
      <source>A guardian has a protected identity. I confirm that the receiving unit needs their name and contact; the package will carry them (logged).</source>
      <translation>En vårdnadshavare har skyddad identitet. Jag bekräftar att mottagande enhet behöver namn och kontaktuppgifter; paketet kommer att innehålla dem (loggas).</translation>
    </message>
    <message>
      <source>I &amp;confirm</source>
      <translation>Jag &amp;bekräftar</translation>
    </message>
    <message>
      <source>Include the relatives' data linked to the case</source>
      <translation>Ta med uppgifterna om anhöriga som är kopplade till ärendet</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Välj…</translation>
    </message>
    <message>
      <source>&amp;Write package</source>
      <translation>&amp;Skriv paketet</translation>
    </message>
    <message>
      <source>No signed assessment routes this case: a transfer needs a written reason.</source>
      <translation>Ingen signerad bedömning anvisar ärendet någonstans: en överflyttning kräver en skriftlig motivering.</translation>
    </message>
    <message>
      <source>The signed assessment keeps the case at this unit: a transfer needs a written reason.</source>
      <translation>Enligt den signerade bedömningen stannar ärendet på den här enheten: en överflyttning kräver en skriftlig motivering.</translation>
    </message>
    <message>
      <source>The signed assessment routes the case to %1.</source>
      <translation>Den signerade bedömningen anvisar ärendet till %1.</translation>
    </message>
    <message>
      <source>This vault trusts no key card of %1 yet: exchange cards and confirm the fingerprint by phone under File › Unit keys… first.</source>
      <translation>Valvet litar ännu inte på något nyckelkort från %1: utbyt kort och bekräfta fingeravtrycket per telefon under Arkiv › Enhetens nycklar… först.</translation>
    </message>
    <message>
      <source>No other unit's key card is trusted yet, so no package can be written (File › Unit keys…).</source>
      <translation>Inget annan enhets nyckelkort är betrott ännu, så inget paket kan skrivas (Arkiv › Enhetens nycklar…).</translation>
    </message>
    <message>
      <source>No consent is recorded on a signed assessment. The disclosure needs another legal ground from the register.</source>
      <translation>Inget samtycke finns registrerat på en signerad bedömning. Utlämnandet behöver en annan rättslig grund ur registret.</translation>
    </message>
    <message>
      <source>The consent given %1 has been withdrawn. The disclosure needs another legal ground from the register.</source>
      <translation>Samtycket som lämnades %1 har återkallats. Utlämnandet behöver en annan rättslig grund ur registret.</translation>
    </message>
    <message>
      <source>The consent given %1 does not cover another social-services board. The disclosure needs another legal ground from the register.</source>
      <translation>Samtycket som lämnades %1 omfattar inte en annan socialnämnd. Utlämnandet behöver en annan rättslig grund ur registret.</translation>
    </message>
    <message>
      <source>The consent given %1 covers another social-services board; the disclosure rests on it.</source>
      <translation>Samtycket som lämnades %1 omfattar en annan socialnämnd; utlämnandet grundas på det.</translation>
    </message>
    <message>
      <source>The assessment does not route the case to %1. Write why it goes there anyway (kept with the transfer):</source>
      <translation>Bedömningen anvisar inte ärendet till %1. Skriv varför det ändå ska dit (sparas med överflyttningen):</translation>
    </message>
    <message>
      <source>Save the transfer package</source>
      <translation>Spara överflyttningspaketet</translation>
    </message>
    <message>
      <source>Choose the receiving unit.</source>
      <translation>Välj mottagande enhet.</translation>
    </message>
    <message>
      <source>A transfer to %1 needs a written reason: write why the case goes there.</source>
      <translation>En överflyttning till %1 behöver ett skriftligt skäl: skriv varför ärendet ska dit.</translation>
    </message>
    <message>
      <source>Ground in words: write the ground the transfer rests on.</source>
      <translation>Grunden i ord: skriv den grund som överflyttningen vilar på.</translation>
    </message>
    <message>
      <source>Choose where to save the package.</source>
      <translation>Välj var paketet ska sparas.</translation>
    </message>
  </context>
  <context>
    <name>TransferProposal</name>
    <message>
      <source>&amp;Transfer to %1…</source>
      <translation>&amp;Överför till %1…</translation>
    </message>
  </context>
  <context>
    <name>TransferStatus</name>
    <message>
      <source>Transferred to %1 on %2 — read-only here, awaiting the receipt. Hand the package file to %1 as agreed; when their receipt comes back, register it (File › Register receipt…). The package can be imported until %3.</source>
      <translation>Överflyttat till %1 %2 — går bara att läsa här, väntar på kvitto. Lämna paketfilen till %1 enligt överenskommelse; när deras kvitto kommer tillbaka, registrera det (Arkiv › Registrera kvitto…). Paketet kan importeras till och med %3.</translation>
    </message>
    <message>
      <source>Transferred to %1 on %2 and delivered: %1 confirmed the import on %4. The case is closed here and read-only.</source>
      <translation>Överflyttat till %1 %2 och levererat: %1 bekräftade importen %4. Ärendet är avslutat här och går bara att läsa.</translation>
    </message>
    <message>
      <source>Transferred to %1 on %2, but %1 declined the package (receipt of %4). Contact %1 about how the case is handled.</source>
      <translation>Överflyttat till %1 %2, men %1 avböjde paketet (kvitto från %4). Kontakta %1 om hur ärendet hanteras.</translation>
    </message>
  </context>
  <context>
    <name>TrustCardDialog</name>
    <message>
      <source>Trust a unit's key card</source>
      <translation>Lita på en enhets nyckelkort</translation>
    </message>
    <message>
      <source>Card file: %1

Call the unit on a number you already know (not one given with the card) and ask them to read out their fingerprint from Unit keys. Type what you hear; the card is trusted only if it matches.</source>
      <translation>Kortfil: %1

Ring enheten på ett nummer du redan känner till (inte ett som följde med kortet) och be dem läsa upp sitt fingeravtryck från Enhetens nycklar. Skriv det du hör; kortet blir betrott bara om det stämmer.</translation>
    </message>
    <message>
      <source>&amp;Trust</source>
      <translation>&amp;Lita på</translation>
    </message>
    <message>
      <source>Not trusted.</source>
      <translation>Inte betrott.</translation>
    </message>
  </context>
  <context>
    <name>UnitIncidentsView</name>
    <message>
      <source>Incidents against staff at the unit</source>
      <translation>Händelser mot personal på enheten</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;År:</translation>
    </message>
    <message>
      <source>&amp;Record incident…</source>
      <translation>&amp;Registrera händelse…</translation>
    </message>
    <message>
      <source>&amp;Print Police report draft…</source>
      <translation>Skriv &amp;ut utkast till polisanmälan…</translation>
    </message>
    <message>
      <source>Incidents at the unit</source>
      <translation>Händelser på enheten</translation>
    </message>
    <message>
      <source>%1 incidents against staff in %2, %3 reported to the Police.</source>
      <translation>%1 händelser mot personal %2, varav %3 polisanmälda.</translation>
    </message>
    <message>
      <source>No incident was recorded at the unit this year.</source>
      <translation>Ingen händelse är registrerad på enheten det året.</translation>
    </message>
  </context>
  <context>
    <name>UnitKeysDialog</name>
    <message>
      <source>Unit keys</source>
      <translation>Enhetens nycklar</translation>
    </message>
    <message>
      <source>This vault: %1 — its fingerprint:</source>
      <translation>Det här valvet: %1 — dess fingeravtryck:</translation>
    </message>
    <message>
      <source>Read these characters out, group by group, when another unit calls to trust your card; never send them with the card. Letters and digits that look alike count as the same.</source>
      <translation>Läs upp tecknen, grupp för grupp, när en annan enhet ringer för att lita på ert kort; skicka dem aldrig tillsammans med kortet. Bokstäver och siffror som liknar varandra räknas som samma.</translation>
    </message>
    <message>
      <source>&amp;Export this unit's card…</source>
      <translation>&amp;Exportera enhetens kort…</translation>
    </message>
    <message>
      <source>&amp;Trust another unit's card…</source>
      <translation>&amp;Lita på en annan enhets kort…</translation>
    </message>
    <message>
      <source>Trusted units:</source>
      <translation>Betrodda enheter:</translation>
    </message>
    <message>
      <source>Refused and revoked keys:</source>
      <translation>Avvisade och återkallade nycklar:</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>Fingeravtryck</translation>
    </message>
    <message>
      <source>Trusted by</source>
      <translation>Betrodd genom</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Sedan</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Varför</translation>
    </message>
    <message>
      <source>fingerprint by phone</source>
      <translation>fingeravtryck per telefon</translation>
    </message>
    <message>
      <source>policy</source>
      <translation>policy</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>återkallad</translation>
    </message>
    <message>
      <source>untrusted</source>
      <translation>inte längre betrodd</translation>
    </message>
    <message>
      <source>Export this unit's card</source>
      <translation>Exportera enhetens kort</translation>
    </message>
    <message>
      <source>The card was not written.</source>
      <translation>Kortet skrevs inte.</translation>
    </message>
    <message>
      <source>The card is saved in %1. Send it to the other unit, then call them so they can check its fingerprint with you before they trust it.</source>
      <translation>Kortet är sparat i %1. Skicka det till den andra enheten och ring dem sedan så att de kan kontrollera fingeravtrycket med dig innan de litar på det.</translation>
    </message>
    <message>
      <source>Another unit's key card</source>
      <translation>En annan enhets nyckelkort</translation>
    </message>
  </context>
  <context>
    <name>UnitPage</name>
    <message>
      <source>Welcome to Utväg</source>
      <translation>Välkommen till Utväg</translation>
    </message>
    <message>
      <source>Utväg keeps your cases encrypted on this computer. First choose the unit you work for.</source>
      <translation>Utväg förvarar dina ärenden krypterade på den här datorn. Välj först den enhet du arbetar för.</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Enhet:</translation>
    </message>
    <message>
      <source>Set by your organisation's policy.</source>
      <translation>Bestäms av organisationens policy.</translation>
    </message>
    <message>
      <source>Whose &amp;vault:</source>
      <translation>Vems &amp;valv:</translation>
    </message>
    <message>
      <source>Your na&amp;me:</source>
      <translation>Ditt na&amp;mn:</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <source>Utväg is locked</source>
      <translation>Utväg är låst</translation>
    </message>
    <message>
      <source>DEMO (fictional data)</source>
      <translation>DEMO (påhittade uppgifter)</translation>
    </message>
    <message>
      <source>Unit: %1</source>
      <translation>Enhet: %1</translation>
    </message>
    <message>
      <source>The vault on this computer</source>
      <translation>Valvet på den här datorn</translation>
    </message>
    <message>
      <source>&amp;Recovery key:</source>
      <translation>&amp;Återställningsnyckel:</translation>
    </message>
    <message>
      <source>Use the passphrase instead</source>
      <translation>Använd lösenfrasen i stället</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
      <source>Forgot the passphrase? Use the recovery key</source>
      <translation>Glömt lösenfrasen? Använd återställningsnyckeln</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>Lås &amp;upp</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Fel</translation>
    </message>
    <message>
      <source>&amp;Quick unlock</source>
      <translation>&amp;Snabbupplåsning</translation>
    </message>
    <message>
      <source>Unlocking…</source>
      <translation>Låser upp…</translation>
    </message>
    <message>
      <source>Type the passphrase first.</source>
      <translation>Skriv lösenfrasen först.</translation>
    </message>
    <message numerus="yes">
      <source>Try again in %n second(s).</source>
      <translation>
        <numerusform>Försök igen om %n sekund.</numerusform>
        <numerusform>Försök igen om %n sekunder.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WithdrawConsentDialog</name>
    <message>
      <source>The consent was withdrawn</source>
      <translation>Samtycket har återkallats</translation>
    </message>
    <message>
      <source>The individual</source>
      <translation>Individen</translation>
    </message>
    <message>
      <source>(no letter)</source>
      <translation>(inget brev)</translation>
    </message>
    <message>
      <source>&amp;Withdrawn on:</source>
      <translation>Åter&amp;kallat den:</translation>
    </message>
    <message>
      <source>&amp;By:</source>
      <translation>&amp;Av:</translation>
    </message>
    <message>
      <source>Signed &amp;letter:</source>
      <translation>Underskrivet &amp;brev:</translation>
    </message>
    <message>
      <source>From this day criterion 4 is not met, and transfers and disclosures that rest on the consent are refused. The case stays open; close it with the reason "the consent has been withdrawn" when that is decided.</source>
      <translation>Från denna dag är kriterium 4 inte uppfyllt, och överflyttningar och utlämnanden som vilar på samtycket nekas. Ärendet förblir öppet; avsluta det med skälet "samtycket har återkallats" när det beslutas.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>Search names, numbers and notes (Ctrl+F)</source>
      <translation>Sök namn, nummer och anteckningar (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search cases</source>
      <translation>Sök ärenden</translation>
    </message>
    <message>
      <source>Show cases of type</source>
      <translation>Visa ärenden av typ</translation>
    </message>
    <message>
      <source>Show cases with status</source>
      <translation>Visa ärenden med status</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Ärenden</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>Alla typer</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <source>&amp;New case…</source>
      <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
      <source>Overd&amp;ue only</source>
      <translation>Endast försena&amp;de</translation>
    </message>
    <message>
      <source>Select a case and press Enter to open it.</source>
      <translation>Markera ett ärende och tryck Enter för att öppna det.</translation>
    </message>
    <message>
      <source>DEMO — every case here is fictional. Nothing is kept after you quit.</source>
      <translation>DEMO — alla ärenden här är påhittade. Ingenting sparas när du avslutar.</translation>
    </message>
    <message numerus="yes">
      <source>More than %Ln case(s) shown; the open case is further down the list</source>
      <translation>
        <numerusform>Fler än %Ln ärende visas; det öppna ärendet finns längre ned i listan</numerusform>
        <numerusform>Fler än %Ln ärenden visas; det öppna ärendet finns längre ned i listan</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>More than %Ln case(s) shown</source>
      <translation>
        <numerusform>Fler än %Ln ärende visas</numerusform>
        <numerusform>Fler än %Ln ärenden visas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln case(s) shown</source>
      <translation>
        <numerusform>%Ln ärende visas</numerusform>
        <numerusform>%Ln ärenden visas</numerusform>
      </translation>
    </message>
    <message>
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <source>%1 · case %2</source>
      <translation>%1 · ärende %2</translation>
    </message>
  </context>
  <context>
    <name>_StepDialog</name>
    <message>
      <source>The report was received at %1.</source>
      <translation>Anmälan inkom %1.</translation>
    </message>
    <message>
      <source>This step was recorded at %1; saving changes what was recorded.</source>
      <translation>Steget registrerades %1; sparar du ändras det som registrerades.</translation>
    </message>
    <message>
      <source>&amp;Made at:</source>
      <translation>&amp;Gjord:</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>&amp;Resultat:</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>started an assessment</source>
      <translation>påbörjade en bedömning</translation>
    </message>
    <message>
      <source>saved an assessment draft</source>
      <translation>sparade ett utkast till bedömning</translation>
    </message>
    <message>
      <source>evaluated an assessment</source>
      <translation>utvärderade en bedömning</translation>
    </message>
    <message>
      <source>signed an assessment</source>
      <translation>signerade en bedömning</translation>
    </message>
    <message>
      <source>discarded an assessment draft</source>
      <translation>kastade ett utkast till bedömning</translation>
    </message>
    <message>
      <source>printed an assessment</source>
      <translation>skrev ut en bedömning</translation>
    </message>
    <message>
      <source>sent the case in a transfer package</source>
      <translation>skickade ärendet i ett överföringspaket</translation>
    </message>
    <message>
      <source>was refused a transfer</source>
      <translation>nekades en överföring</translation>
    </message>
    <message>
      <source>received the case in a transfer package</source>
      <translation>tog emot ärendet i ett överföringspaket</translation>
    </message>
    <message>
      <source>refused a transfer package</source>
      <translation>avvisade ett överföringspaket</translation>
    </message>
    <message>
      <source>previewed a transfer package</source>
      <translation>förhandsgranskade ett överföringspaket</translation>
    </message>
    <message>
      <source>received a transfer receipt</source>
      <translation>tog emot ett mottagningskvitto</translation>
    </message>
    <message>
      <source>refused a transfer receipt</source>
      <translation>avvisade ett mottagningskvitto</translation>
    </message>
    <message>
      <source>created the unit's transfer key</source>
      <translation>skapade enhetens överföringsnyckel</translation>
    </message>
    <message>
      <source>exported the unit's key card</source>
      <translation>exporterade enhetens nyckelkort</translation>
    </message>
    <message>
      <source>trusted another unit's key card</source>
      <translation>litade på en annan enhets nyckelkort</translation>
    </message>
    <message>
      <source>created the vault</source>
      <translation>skapade valvet</translation>
    </message>
    <message>
      <source>unlocked the vault</source>
      <translation>låste upp valvet</translation>
    </message>
    <message>
      <source>locked the vault</source>
      <translation>låste valvet</translation>
    </message>
    <message>
      <source>kept unsaved typed text as the vault locked</source>
      <translation>behöll osparad text när valvet låstes</translation>
    </message>
    <message>
      <source>took back kept typed text</source>
      <translation>återställde behållen osparad text</translation>
    </message>
    <message>
      <source>made a backup</source>
      <translation>gjorde en säkerhetskopia</translation>
    </message>
    <message>
      <source>restored a backup</source>
      <translation>återställde en säkerhetskopia</translation>
    </message>
    <message>
      <source>re-encrypted the vault</source>
      <translation>krypterade om valvet</translation>
    </message>
    <message>
      <source>changed the passphrase</source>
      <translation>bytte lösenfras</translation>
    </message>
    <message>
      <source>set a new passphrase with the recovery key</source>
      <translation>satte en ny lösenfras med återställningsnyckeln</translation>
    </message>
    <message>
      <source>turned on quick unlock</source>
      <translation>slog på snabbupplåsning</translation>
    </message>
    <message>
      <source>turned off quick unlock</source>
      <translation>slog av snabbupplåsning</translation>
    </message>
    <message>
      <source>drew the log review sample</source>
      <translation>tog ut stickprovet för loggkontroll</translation>
    </message>
    <message>
      <source>signed off a log review</source>
      <translation>signerade en loggkontroll</translation>
    </message>
    <message>
      <source>made a statistics report</source>
      <translation>tog fram en statistikrapport</translation>
    </message>
    <message>
      <source>exported statistics</source>
      <translation>exporterade statistik</translation>
    </message>
    <message>
      <source>wrote the contribution to the city office</source>
      <translation>skrev bidraget till stadsledningskontoret</translation>
    </message>
    <message>
      <source>added up the units' contributions</source>
      <translation>lade samman förvaltningarnas bidrag</translation>
    </message>
    <message>
      <source>was refused a contribution</source>
      <translation>fick ett bidrag avvisat</translation>
    </message>
    <message>
      <source>sent a consultation to SAV</source>
      <translation>skickade en konsultation till SAV</translation>
    </message>
    <message>
      <source>was refused a consultation</source>
      <translation>fick en konsultation avvisad</translation>
    </message>
    <message>
      <source>looked at a consultation</source>
      <translation>tittade på en konsultation</translation>
    </message>
    <message>
      <source>kept a consultation to answer</source>
      <translation>behöll en konsultation för att svara</translation>
    </message>
    <message>
      <source>read a consultation</source>
      <translation>läste en konsultation</translation>
    </message>
    <message>
      <source>was refused a consultation package</source>
      <translation>fick ett konsultationspaket avvisat</translation>
    </message>
    <message>
      <source>wrote SAV's answer to a consultation</source>
      <translation>skrev SAV:s svar på en konsultation</translation>
    </message>
    <message>
      <source>recorded SAV's answer to a consultation</source>
      <translation>registrerade SAV:s svar på en konsultation</translation>
    </message>
    <message>
      <source>was refused SAV's answer</source>
      <translation>fick SAV:s svar avvisat</translation>
    </message>
    <message>
      <source>wrote a consultation's receipt again</source>
      <translation>skrev kvittot för en konsultation igen</translation>
    </message>
    <message>
      <source>sent an incident report to the manager</source>
      <translation>skickade en händelserapport till chefen</translation>
    </message>
    <message>
      <source>received an incident report</source>
      <translation>tog emot en händelserapport</translation>
    </message>
    <message>
      <source>read the unit's incident reports</source>
      <translation>läste enhetens händelserapporter</translation>
    </message>
    <message>
      <source>sent the log review to the manager</source>
      <translation>skickade loggkontrollen till chefen</translation>
    </message>
    <message>
      <source>received a caseworker's log review</source>
      <translation>tog emot en handläggares loggkontroll</translation>
    </message>
    <message>
      <source>signed a caseworker's log review</source>
      <translation>signerade en handläggares loggkontroll</translation>
    </message>
    <message>
      <source>received the manager's log-review signature</source>
      <translation>tog emot chefens signatur av loggkontrollen</translation>
    </message>
    <message>
      <source>previewed the cases due for destruction</source>
      <translation>förhandsgranskade ärendena som ska gallras</translation>
    </message>
    <message>
      <source>listed the legal holds</source>
      <translation>listade bevarandebesluten</translation>
    </message>
    <message>
      <source>added a guardian</source>
      <translation>lade till en vårdnadshavare</translation>
    </message>
    <message>
      <source>corrected a guardian's name and contact</source>
      <translation>rättade en vårdnadshavares namn och kontaktuppgift</translation>
    </message>
    <message>
      <source>corrected a guardian's name</source>
      <translation>rättade en vårdnadshavares namn</translation>
    </message>
    <message>
      <source>corrected a guardian's contact</source>
      <translation>rättade en vårdnadshavares kontaktuppgift</translation>
    </message>
    <message>
      <source>recorded where the young person and the guardians stand on consent</source>
      <translation>registrerade den unges och vårdnadshavarnas inställning till samtycke</translation>
    </message>
    <message>
      <source>corrected the person's name</source>
      <translation>rättade personens namn</translation>
    </message>
    <message>
      <source>asked the Police for a threat assessment</source>
      <translation>begärde hotbildsbedömning från Polismyndigheten</translation>
    </message>
    <message>
      <source>recorded the Police's threat assessment</source>
      <translation>registrerade Polismyndighetens hotbildsbedömning</translation>
    </message>
    <message>
      <source>recorded a threat assessment from the Police</source>
      <translation>registrerade en hotbildsbedömning från Polismyndigheten</translation>
    </message>
    <message>
      <source>refused a person package</source>
      <translation>avvisade ett personpaket</translation>
    </message>
    <message>
      <source>read the yearly summary of incidents against staff</source>
      <translation>läste årssammanställningen av händelser mot personal</translation>
    </message>
    <message>
      <source>recorded an incident at the unit</source>
      <translation>registrerade en händelse på enheten</translation>
    </message>
    <message>
      <source>read the unit's incidents</source>
      <translation>läste enhetens händelser</translation>
    </message>
    <message>
      <source>printed a Police report draft of a unit incident</source>
      <translation>skrev ut ett utkast till polisanmälan om en händelse på enheten</translation>
    </message>
    <message>
      <source>sent the case again in a new transfer package</source>
      <translation>skickade ärendet igen i ett nytt överflyttningspaket</translation>
    </message>
    <message>
      <source>wrote a transfer receipt again</source>
      <translation>skrev ett mottagningskvitto igen</translation>
    </message>
    <message>
      <source>stopped trusting another unit's key card</source>
      <translation>slutade lita på en annan enhets nyckelkort</translation>
    </message>
    <message>
      <source>replaced the unit's transfer key</source>
      <translation>bytte enhetens överföringsnyckel</translation>
    </message>
    <message>
      <source>revoked the unit's transfer key</source>
      <translation>återkallade enhetens överföringsnyckel</translation>
    </message>
    <message>
      <source>took in another unit's key revocation</source>
      <translation>tog emot en annan enhets återkallelse av nyckel</translation>
    </message>
    <message>
      <source>checked the vault for damage</source>
      <translation>kontrollerade valvet efter skador</translation>
    </message>
    <message>
      <source>was told the vault's page format is older</source>
      <translation>fick veta att valvets sidformat är äldre</translation>
    </message>
    <message>
      <source>found the vault replaced by an older copy</source>
      <translation>fann valvet ersatt av en äldre kopia</translation>
    </message>
    <message>
      <source>an action this version does not know</source>
      <translation>en åtgärd som den här versionen inte känner till</translation>
    </message>
  </context>
  <context>
    <name>caseflow</name>
    <message>
      <source>A long-term intervention is decided only after the criteria are assessed and the case is decided at this board. During the investigation, and while the case awaits its transfer, only urgent and time-limited interventions.</source>
      <translation>En långsiktig insats beslutas först när kriterierna är bedömda och ärendet är beslutat i den här nämnden. Under utredningen, och medan ärendet väntar på överflyttning, beslutas bara akuta och tidsbegränsade insatser.</translation>
    </message>
    <message>
      <source>Relatives' cases are handled by the district boards, not by SAV.</source>
      <translation>Anhörigas ärenden handläggs av stadsområdenas socialnämnder, inte av SAV.</translation>
    </message>
    <message>
      <source>The consent has been withdrawn; nothing may be disclosed or transferred on it.</source>
      <translation>Samtycket har återkallats; inget får lämnas ut eller överflyttas med stöd av det.</translation>
    </message>
    <message>
      <source>The case cannot move to that status from the one it has.</source>
      <translation>Ärendet kan inte gå till den statusen från den det har.</translation>
    </message>
    <message>
      <source>The criteria must be assessed (a signed assessment) before a decision.</source>
      <translation>Kriterierna måste bedömas (en signerad bedömning) innan beslut.</translation>
    </message>
    <message>
      <source>The assessment routes this case to another board; transfer it instead.</source>
      <translation>Bedömningen anger att en annan nämnd ska handlägga ärendet; överflytta det i stället.</translation>
    </message>
    <message>
      <source>The case is already at the board the assessment routes it to.</source>
      <translation>Ärendet finns redan hos den nämnd som bedömningen fördelar det till.</translation>
    </message>
    <message>
      <source>Only SAV decides whether a defector is a special defector.</source>
      <translation>Bara SAV avgör om en avhoppare är särskild avhoppare.</translation>
    </message>
    <message>
      <source>The case is closed.</source>
      <translation>Ärendet är avslutat.</translation>
    </message>
    <message>
      <source>{text} (rule: {rule})</source>
      <translation>{text} (regel: {rule})</translation>
    </message>
  </context>
  <context>
    <name>caselife</name>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Skyndsam</translation>
    </message>
    <message>
      <source>Time-limited</source>
      <translation>Tidsbegränsad</translation>
    </message>
    <message>
      <source>Long-term</source>
      <translation>Långsiktig</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Förälder</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Barn</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <source>Sibling</source>
      <translation>Syskon</translation>
    </message>
    <message>
      <source>Other family</source>
      <translation>Annan familj</translation>
    </message>
    <message>
      <source>Other close person</source>
      <translation>Annan närstående</translation>
    </message>
    <message>
      <source>During interventions</source>
      <translation>Under insatser</translation>
    </message>
    <message>
      <source>After the case</source>
      <translation>Efter ärendet</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Oförändrat</translation>
    </message>
    <message>
      <source>Threat raised</source>
      <translation>Hotet har ökat</translation>
    </message>
    <message>
      <source>Threat lowered</source>
      <translation>Hotet har minskat</translation>
    </message>
    <message>
      <source>New criminality</source>
      <translation>Ny brottslighet</translation>
    </message>
    <message>
      <source>No information</source>
      <translation>Ingen information</translation>
    </message>
    <message>
      <source>Awaiting the Police</source>
      <translation>Inväntar Polisen</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Beviljat</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Avslaget</translation>
    </message>
    <message>
      <source>Handling is transferred to another board</source>
      <translation>Handläggningen överflyttas till annan socialnämnd</translation>
    </message>
    <message>
      <source>Handed to a colleague in the unit (rotation)</source>
      <translation>Överlämnat till en kollega i enheten (rotation)</translation>
    </message>
    <message>
      <source>The defector case is completed</source>
      <translation>Avhopparärendet är fullföljt</translation>
    </message>
    <message>
      <source>The person does not meet the defector criteria</source>
      <translation>Individen uppfyller inte kriterierna för avhoppare</translation>
    </message>
    <message>
      <source>The consent has been withdrawn</source>
      <translation>Samtycket har återkallats</translation>
    </message>
    <message>
      <source>After consulting the Police, continuing is not appropriate</source>
      <translation>Efter samråd med Polismyndigheten är det inte lämpligt att fortsätta</translation>
    </message>
    <message>
      <source>The person has declined further support</source>
      <translation>Individen har avböjt fortsatt stöd</translation>
    </message>
    <message>
      <source>Other reason</source>
      <translation>Annat skäl</translation>
    </message>
    <message>
      <source>The application</source>
      <translation>Ansökan</translation>
    </message>
    <message>
      <source>An intervention</source>
      <translation>En insats</translation>
    </message>
    <message>
      <source>Closing the case</source>
      <translation>Avslut av ärendet</translation>
    </message>
    <message>
      <source>The individual</source>
      <translation>Individen</translation>
    </message>
    <message>
      <source>A guardian</source>
      <translation>En vårdnadshavare</translation>
    </message>
    <message>
      <source>An authority</source>
      <translation>En myndighet</translation>
    </message>
    <message>
      <source>A special defector: SAV handles the case</source>
      <translation>Särskild avhoppare: SAV handlägger ärendet</translation>
    </message>
    <message>
      <source>Not a special defector: back to the district</source>
      <translation>Inte särskild avhoppare: tillbaka till stadsområdet</translation>
    </message>
    <message>
      <source>The identity number is not valid: check the date and the last four digits.</source>
      <translation>Personnumret är inte giltigt: kontrollera datumet och de fyra sista siffrorna.</translation>
    </message>
    <message>
      <source>A time-limited intervention needs an end date.</source>
      <translation>En tidsbegränsad insats behöver ett slutdatum.</translation>
    </message>
    <message>
      <source>An intervention cannot end before it starts.</source>
      <translation>En insats kan inte upphöra innan den börjar.</translation>
    </message>
    <message>
      <source>A new person needs a name.</source>
      <translation>En ny person behöver ett namn.</translation>
    </message>
    <message>
      <source>A person without a Swedish identity number needs a birth date.</source>
      <translation>En person utan svenskt personnummer behöver ett födelsedatum.</translation>
    </message>
    <message>
      <source>The birth date must be a past date.</source>
      <translation>Födelsedatumet måste ha passerat.</translation>
    </message>
    <message>
      <source>The assessment cannot be made before the report was received.</source>
      <translation>Bedömningen kan inte göras innan anmälan inkom.</translation>
    </message>
    <message>
      <source>The Police cannot decide before the application was made.</source>
      <translation>Polisen kan inte besluta innan ansökan gjordes.</translation>
    </message>
    <message>
      <source>Say why the case is handed over.</source>
      <translation>Ange varför ärendet lämnas över.</translation>
    </message>
    <message>
      <source>Name the colleague.</source>
      <translation>Ange kollegan.</translation>
    </message>
    <message>
      <source>The colleague is already the case's caseworker.</source>
      <translation>Kollegan är redan ärendets handläggare.</translation>
    </message>
    <message>
      <source>The decision date must not be in the future.</source>
      <translation>Beslutsdatumet får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>A decision cannot be dated before the case was opened.</source>
      <translation>Ett beslut kan inte dateras före den dag ärendet öppnades.</translation>
    </message>
    <message>
      <source>Say what was decided.</source>
      <translation>Skriv vad som beslutades.</translation>
    </message>
    <message>
      <source>Say who decided (the role).</source>
      <translation>Ange vem som beslutade (rollen).</translation>
    </message>
    <message>
      <source>What was applied for holds a control or text-direction character: remove it (line breaks and tabs are kept).</source>
      <translation>Det som ansöktes om innehåller ett styrtecken eller ett tecken som ändrar textriktningen: ta bort det (radbrytningar och tabbar behålls).</translation>
    </message>
    <message>
      <source>Say what was applied for in at most %1 characters; add a longer written application as an attachment and choose it as the written application.</source>
      <translation>Beskriv vad som ansöktes om med högst %1 tecken; lägg till en längre skriftlig ansökan som bilaga och välj den som skriftlig ansökan.</translation>
    </message>
    <message>
      <source>The consent is withdrawn. Transfers and disclosures that rest on it are refused.</source>
      <translation>Samtycket är återkallat. Överflyttningar och utlämnanden som vilar på det nekas.</translation>
    </message>
    <message>
      <source>the individual</source>
      <translation>individen</translation>
    </message>
    <message>
      <source>The consent was withdrawn on %1 by %2. Transfers and disclosures that rest on it are refused.</source>
      <translation>Samtycket återkallades %1 av %2. Överflyttningar och utlämnanden som vilar på det nekas.</translation>
    </message>
    <message>
      <source>written application: %1</source>
      <translation>skriftlig ansökan: %1</translation>
    </message>
    <message>
      <source>Written application: %1</source>
      <translation>Skriftlig ansökan: %1</translation>
    </message>
    <message>
      <source>Application received</source>
      <translation>Ansökan inkom</translation>
    </message>
    <message>
      <source>SAV: special defector?</source>
      <translation>SAV: särskild avhoppare?</translation>
    </message>
  </context>
  <context>
    <name>concern</name>
    <message>
      <source>Choose…</source>
      <translation>Välj…</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Polisen</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Skolan</translation>
    </message>
    <message>
      <source>Health care</source>
      <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
      <source>Private person</source>
      <translation>Privatperson</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Ej registrerat</translation>
    </message>
    <message>
      <source>Immediate protection needed</source>
      <translation>Omedelbart skydd behövs</translation>
    </message>
    <message>
      <source>No immediate protection needed</source>
      <translation>Inget omedelbart skyddsbehov</translation>
    </message>
    <message>
      <source>Investigation opened</source>
      <translation>Utredning inleds</translation>
    </message>
    <message>
      <source>No investigation opened</source>
      <translation>Ingen utredning inleds</translation>
    </message>
    <message>
      <source>The child</source>
      <translation>Barnet</translation>
    </message>
    <message>
      <source>Guardian</source>
      <translation>Vårdnadshavare</translation>
    </message>
    <message>
      <source>The reporter</source>
      <translation>Anmälaren</translation>
    </message>
    <message>
      <source>[protected identity]</source>
      <translation>[skyddad identitet]</translation>
    </message>
  </context>
  <context>
    <name>consultation</name>
    <message>
      <source>The case summary: the person, the case, the application and the signed assessment (the consent covers another social-services board).</source>
      <translation>Ärendesammanfattningen: personen, ärendet, ansökan och den signerade bedömningen (samtycket omfattar annan socialtjänst).</translation>
    </message>
    <message>
      <source>no consent covering another social-services board is recorded</source>
      <translation>inget samtycke som omfattar annan socialtjänst är registrerat</translation>
    </message>
    <message>
      <source>the consent was withdrawn or does not cover SAV</source>
      <translation>samtycket har återkallats eller omfattar inte SAV</translation>
    </message>
    <message>
      <source>the person has a protected identity</source>
      <translation>personen har skyddade personuppgifter</translation>
    </message>
    <message>
      <source>De-identified facts only: codes, yes/no answers and an age band; no name, identity number, birth date, address, case number, dates, references or free text.</source>
      <translation>Endast avidentifierade uppgifter: koder, ja/nej-svar och en åldersgrupp; inget namn, personnummer, födelsedatum, adress, ärendenummer, datum, referenser eller fritext.</translation>
    </message>
    <message>
      <source>Why: %1.</source>
      <translation>Varför: %1.</translation>
    </message>
    <message>
      <source>Is the person a special defector?</source>
      <translation>Är personen en särskild avhoppare?</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Råd</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Välj…</translation>
    </message>
    <message>
      <source>Save the package</source>
      <translation>Spara paketet</translation>
    </message>
    <message>
      <source>Consultation written</source>
      <translation>Konsultationen skriven</translation>
    </message>
    <message>
      <source>The consultation is saved in:
%1

%2

Hand the file to SAV the way your units agreed, and import SAV's answer with File › Import transfer… when it comes. The case stays open and awaits the answer (due in %3 days).</source>
      <translation>Konsultationen är sparad i:
%1

%2

Lämna filen till SAV på det sätt era enheter kommit överens om och importera SAV:s svar med Arkiv › Importera överflyttning… när det kommer. Ärendet förblir öppet och inväntar svaret (bevakas om %3 dagar).</translation>
    </message>
    <message>
      <source>Checking the consultation…</source>
      <translation>Kontrollerar konsultationen…</translation>
    </message>
    <message>
      <source>The consultation was not opened; nothing was changed.</source>
      <translation>Konsultationen öppnades inte; inget ändrades.</translation>
    </message>
    <message>
      <source>Keeping the consultation…</source>
      <translation>Sparar konsultationen…</translation>
    </message>
    <message>
      <source>The consultation was not kept; nothing was changed.</source>
      <translation>Konsultationen sparades inte; inget ändrades.</translation>
    </message>
    <message>
      <source>The consultation is kept here; answer it later from File › Received consultations…</source>
      <translation>Konsultationen är sparad här; besvara den senare under Arkiv › Mottagna konsultationer…</translation>
    </message>
    <message>
      <source>Consultation kept</source>
      <translation>Konsultationen sparad</translation>
    </message>
    <message>
      <source>The answer is saved in:
%1

Hand it to %2 the way your units agreed.</source>
      <translation>Svaret är sparat i:
%1

Lämna det till %2 på det sätt era enheter kommit överens om.</translation>
    </message>
    <message>
      <source>Answer written</source>
      <translation>Svaret skrivet</translation>
    </message>
    <message>
      <source>The receipt for the consultation is saved in:
%1</source>
      <translation>Kvittot för konsultationen är sparat i:
%1</translation>
    </message>
    <message>
      <source>Importing SAV's answer…</source>
      <translation>Importerar SAV:s svar…</translation>
    </message>
    <message>
      <source>The answer was not imported; nothing was changed.</source>
      <translation>Svaret importerades inte; inget ändrades.</translation>
    </message>
    <message>
      <source>SAV decided that the person in case %1 is a special defector.</source>
      <translation>SAV beslutade att personen i ärende %1 är en särskild avhoppare.</translation>
    </message>
    <message>
      <source>SAV decided that the person in case %1 is not a special defector.</source>
      <translation>SAV beslutade att personen i ärende %1 inte är en särskild avhoppare.</translation>
    </message>
    <message>
      <source>SAV's advice is recorded on case %1.</source>
      <translation>SAV:s råd är registrerat i ärende %1.</translation>
    </message>
    <message>
      <source>The case stays open; the answer is in its journal.</source>
      <translation>Ärendet förblir öppet; svaret finns i dess journal.</translation>
    </message>
    <message>
      <source>Send the receipt back to SAV:
%1</source>
      <translation>Skicka tillbaka kvittot till SAV:
%1</translation>
    </message>
    <message>
      <source>SAV's answer</source>
      <translation>SAV:s svar</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <source>Type of case</source>
      <translation>Typ av ärende</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Ålder</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Kön</translation>
    </message>
    <message>
      <source>A defector, by the signed assessment</source>
      <translation>Avhoppare enligt den signerade bedömningen</translation>
    </message>
    <message>
      <source>The signed assessment routes the case to</source>
      <translation>Den signerade bedömningen styr ärendet till</translation>
    </message>
    <message>
      <source>Awaiting SAV's answer</source>
      <translation>Väntar på SAV:s svar</translation>
    </message>
    <message>
      <source>Advice given</source>
      <translation>Råd givet</translation>
    </message>
    <message>
      <source>Decision: a special defector</source>
      <translation>Beslut: särskild avhoppare</translation>
    </message>
    <message>
      <source>Decision: not a special defector</source>
      <translation>Beslut: inte särskild avhoppare</translation>
    </message>
  </context>
  <context>
    <name>disclosures</name>
    <message>
      <source>Transfer package</source>
      <translation>Överföringspaket</translation>
    </message>
    <message>
      <source>Answer to a Police request</source>
      <translation>Svar på en begäran från Polisen</translation>
    </message>
    <message>
      <source>Concern report</source>
      <translation>Orosanmälan</translation>
    </message>
    <message>
      <source>Printout handed over</source>
      <translation>Utskrift som lämnats över</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <source>Journal notes</source>
      <translation>Journalanteckningar</translation>
    </message>
    <message>
      <source>Assessments</source>
      <translation>Bedömningar</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <source>Audit excerpt</source>
      <translation>Loggutdrag</translation>
    </message>
    <message>
      <source>Transfer decision</source>
      <translation>Överföringsbeslut</translation>
    </message>
    <message>
      <source>Police</source>
      <translation>Polisen</translation>
    </message>
    <message>
      <source>Security Service</source>
      <translation>Säkerhetspolisen</translation>
    </message>
    <message>
      <source>Prison and Probation Service</source>
      <translation>Kriminalvården</translation>
    </message>
    <message>
      <source>SiS (youth care)</source>
      <translation>SiS (ungdomsvård)</translation>
    </message>
    <message>
      <source>Health care</source>
      <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
      <source>Other social services</source>
      <translation>Annan socialtjänst</translation>
    </message>
    <message>
      <source>Someone else</source>
      <translation>Någon annan</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Utväg: unexpected error</source>
      <translation>Utväg: oväntat fel</translation>
    </message>
    <message>
      <source>Something unexpected went wrong. Your saved data is safe. The details below contain no case data and can be given to support.</source>
      <translation>Något oväntat gick fel. Dina sparade uppgifter är oskadda. Detaljerna nedan innehåller inga ärendeuppgifter och kan lämnas till support.</translation>
    </message>
  </context>
  <context>
    <name>followup</name>
    <message>
      <source>Review the threat assessment</source>
      <translation>Förnya hotbildsbedömningen</translation>
    </message>
    <message>
      <source>Follow up with the Police</source>
      <translation>Följ upp med Polisen</translation>
    </message>
    <message>
      <source>Follow up with the Police after the case</source>
      <translation>Följ upp med Polisen efter avslutat ärende</translation>
    </message>
    <message>
      <source>Intervention ends</source>
      <translation>Insats upphör</translation>
    </message>
    <message>
      <source>State funding awaits the Police's decision</source>
      <translation>Statliga medel inväntar Polisens beslut</translation>
    </message>
    <message>
      <source>Inform the relative about support</source>
      <translation>Informera anhörig om stöd</translation>
    </message>
    <message>
      <source>Set up a contact path to the unit responsible for the relative</source>
      <translation>Upprätta kommunikationsväg till den verksamhet som ansvarar för den anhörige</translation>
    </message>
    <message>
      <source>Protection assessment (24 hours)</source>
      <translation>Skyddsbedömning (24 timmar)</translation>
    </message>
    <message>
      <source>Preliminary assessment (14 days)</source>
      <translation>Förhandsbedömning (14 dagar)</translation>
    </message>
    <message>
      <source>Follow up whether the needs are met</source>
      <translation>Följ upp om behoven tillgodoses</translation>
    </message>
    <message>
      <source>Feedback to the concern's reporter</source>
      <translation>Återkoppling till orosanmälans anmälare</translation>
    </message>
    <message>
      <source>SAV's answer to the consultation</source>
      <translation>SAV:s svar på konsultationen</translation>
    </message>
    <message>
      <source>Move the application to the board the case is routed to</source>
      <translation>Flytta över ansökan till den nämnd ärendet fördelas till</translation>
    </message>
    <message>
      <source>Judge with the Police whether the investigation continues (serious crime)</source>
      <translation>Bedöm med Polismyndigheten om utredningen ska fortsätta (allvarlig brottslighet)</translation>
    </message>
    <message>
      <source>Close the case: the defector process has ended</source>
      <translation>Avsluta ärendet: avhopparprocessen har upphört</translation>
    </message>
    <message>
      <source>Ask SAV whether the person is a special defector</source>
      <translation>Fråga SAV om personen är särskild avhoppare</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Låg</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Hög</translation>
    </message>
    <message>
      <source>Cases opened</source>
      <translation>Öppnade ärenden</translation>
    </message>
    <message>
      <source>Cases closed</source>
      <translation>Avslutade ärenden</translation>
    </message>
    <message>
      <source>Assessment and routing outcome</source>
      <translation>Bedömning och ärendefördelning</translation>
    </message>
    <message>
      <source>Milieu</source>
      <translation>Miljö</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Ålder</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Kön</translation>
    </message>
    <message>
      <source>Transfers to another board</source>
      <translation>Överflyttningar till annan nämnd</translation>
    </message>
    <message>
      <source>Transfers from another board</source>
      <translation>Överflyttningar från annan nämnd</translation>
    </message>
    <message>
      <source>Interventions chosen</source>
      <translation>Valda insatser</translation>
    </message>
    <message>
      <source>Needs: safety and housing</source>
      <translation>Behov: trygghet och boende</translation>
    </message>
    <message>
      <source>Needs: livelihood</source>
      <translation>Behov: försörjning</translation>
    </message>
    <message>
      <source>Needs: employment or school</source>
      <translation>Behov: sysselsättning eller skola</translation>
    </message>
    <message>
      <source>Needs: health and addiction</source>
      <translation>Behov: hälsa och beroende</translation>
    </message>
    <message>
      <source>Needs: relations</source>
      <translation>Behov: relationer</translation>
    </message>
    <message>
      <source>Needs: criminality</source>
      <translation>Behov: kriminalitet</translation>
    </message>
    <message>
      <source>Jan–Mar</source>
      <translation>jan–mar</translation>
    </message>
    <message>
      <source>Apr–Jun</source>
      <translation>apr–jun</translation>
    </message>
    <message>
      <source>Jul–Sep</source>
      <translation>jul–sep</translation>
    </message>
    <message>
      <source>Oct–Dec</source>
      <translation>okt–dec</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>Inte bedömd</translation>
    </message>
    <message>
      <source>Not a defector</source>
      <translation>Inte avhoppare</translation>
    </message>
    <message>
      <source>Defector, own district</source>
      <translation>Avhoppare, egen stadsdel</translation>
    </message>
    <message>
      <source>Defector, other district</source>
      <translation>Avhoppare, annan stadsdel</translation>
    </message>
    <message>
      <source>Special defector (SAV)</source>
      <translation>Särskild avhoppare (SAV)</translation>
    </message>
    <message>
      <source>Criminal network</source>
      <translation>Kriminellt nätverk</translation>
    </message>
    <message>
      <source>Violent extremism</source>
      <translation>Våldsbejakande extremism</translation>
    </message>
    <message>
      <source>Honour context</source>
      <translation>Hederskontext</translation>
    </message>
    <message>
      <source>Under 15</source>
      <translation>Under 15</translation>
    </message>
    <message>
      <source>36 and over</source>
      <translation>36 och äldre</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Okänt</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Kvinna</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <source>Protected housing</source>
      <translation>Skyddat boende</translation>
    </message>
    <message>
      <source>Relocation</source>
      <translation>Flytt</translation>
    </message>
    <message>
      <source>Financial support</source>
      <translation>Ekonomiskt bistånd</translation>
    </message>
    <message>
      <source>Counselling</source>
      <translation>Stödsamtal</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Work or education</source>
      <translation>Arbete eller utbildning</translation>
    </message>
    <message>
      <source>Treatment</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <source>Family support</source>
      <translation>Familjestöd</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>Tillgodosett</translation>
    </message>
    <message>
      <source>Partly met</source>
      <translation>Delvis tillgodosett</translation>
    </message>
    <message>
      <source>Not met</source>
      <translation>Inte tillgodosett</translation>
    </message>
    <message>
      <source>Not followed up</source>
      <translation>Inte uppföljt</translation>
    </message>
    <message>
      <source>Protected identity: every access</source>
      <translation>Skyddad identitet: varje åtkomst</translation>
    </message>
    <message>
      <source>High-risk case: every access</source>
      <translation>Högriskärende: varje åtkomst</translation>
    </message>
    <message>
      <source>Monthly sample</source>
      <translation>Månatligt stickprov</translation>
    </message>
    <message>
      <source>Concern report: every access</source>
      <translation>Orosanmälan: varje åtkomst</translation>
    </message>
    <message>
      <source>recorded an intervention</source>
      <translation>registrerade en insats</translation>
    </message>
    <message>
      <source>ended an intervention</source>
      <translation>avslutade en insats</translation>
    </message>
    <message>
      <source>linked a relative</source>
      <translation>kopplade en anhörig</translation>
    </message>
    <message>
      <source>updated a relative</source>
      <translation>ändrade en anhörig</translation>
    </message>
    <message>
      <source>recorded a Police follow-up</source>
      <translation>registrerade en uppföljning med Polisen</translation>
    </message>
    <message>
      <source>recorded a concern report</source>
      <translation>registrerade en orosanmälan</translation>
    </message>
    <message>
      <source>updated a concern report</source>
      <translation>ändrade en orosanmälan</translation>
    </message>
    <message>
      <source>linked a concern report to the case</source>
      <translation>kopplade en orosanmälan till ärendet</translation>
    </message>
    <message>
      <source>read a concern report</source>
      <translation>läste en orosanmälan</translation>
    </message>
    <message>
      <source>listed concern reports</source>
      <translation>listade orosanmälningar</translation>
    </message>
    <message>
      <source>recorded a conversation about a concern report</source>
      <translation>registrerade ett samtal om en orosanmälan</translation>
    </message>
    <message>
      <source>recorded a state-funding application</source>
      <translation>registrerade en ansökan om statliga medel</translation>
    </message>
    <message>
      <source>recorded the Police's funding decision</source>
      <translation>registrerade Polisens beslut om statliga medel</translation>
    </message>
    <message>
      <source>recorded a need</source>
      <translation>dokumenterade ett behov</translation>
    </message>
    <message>
      <source>linked an intervention to a need</source>
      <translation>kopplade en insats till ett behov</translation>
    </message>
    <message>
      <source>took back an intervention's link to a need</source>
      <translation>tog bort en insats koppling till ett behov</translation>
    </message>
    <message>
      <source>followed up a need</source>
      <translation>följde upp ett behov</translation>
    </message>
    <message>
      <source>closed the case</source>
      <translation>avslutade ärendet</translation>
    </message>
    <message>
      <source>changed the case's status</source>
      <translation>ändrade ärendets status</translation>
    </message>
    <message>
      <source>recorded that the consent was withdrawn</source>
      <translation>registrerade att samtycket återkallats</translation>
    </message>
    <message>
      <source>recorded an application</source>
      <translation>registrerade en ansökan</translation>
    </message>
    <message>
      <source>recorded a decision</source>
      <translation>registrerade ett beslut</translation>
    </message>
    <message>
      <source>recorded SAV's special-defector decision</source>
      <translation>registrerade SAV:s beslut om särskild avhoppare</translation>
    </message>
    <message>
      <source>placed a legal hold</source>
      <translation>lade ett bevarandebeslut</translation>
    </message>
    <message>
      <source>lifted a legal hold</source>
      <translation>hävde ett bevarandebeslut</translation>
    </message>
    <message>
      <source>destroyed the case (retention)</source>
      <translation>gallrade ärendet</translation>
    </message>
    <message>
      <source>Kept: a legal hold is in force</source>
      <translation>Bevaras: gallringsstopp gäller</translation>
    </message>
    <message>
      <source>Kept: the case is still open</source>
      <translation>Bevaras: ärendet är öppet</translation>
    </message>
    <message>
      <source>Kept: the concern report's preliminary assessment is not made</source>
      <translation>Bevaras: orosanmälans förhandsbedömning är inte gjord</translation>
    </message>
    <message>
      <source>Kept: SAV has not answered the consultation</source>
      <translation>Bevaras: SAV har inte besvarat konsultationen</translation>
    </message>
    <message>
      <source>Kept: the log review is not signed</source>
      <translation>Bevaras: loggranskningen är inte signerad</translation>
    </message>
    <message>
      <source>Kept: another case on the same person is open</source>
      <translation>Bevaras: ett annat ärende om samma person är öppet</translation>
    </message>
    <message>
      <source>Kept: another case on the same person has a later entry</source>
      <translation>Bevaras: ett annat ärende om samma person har en senare anteckning</translation>
    </message>
    <message>
      <source>Received consultation %1</source>
      <translation>Mottagen konsultation %1</translation>
    </message>
    <message>
      <source>Incident at the unit %1</source>
      <translation>Incident på enheten %1</translation>
    </message>
    <message>
      <source>Received incident report %1</source>
      <translation>Mottagen incidentrapport %1</translation>
    </message>
    <message>
      <source>Signed log review %1</source>
      <translation>Signerad loggranskning %1</translation>
    </message>
    <message>
      <source>Received log review %1</source>
      <translation>Mottagen loggranskning %1</translation>
    </message>
    <message>
      <source>Concern report %1</source>
      <translation>Orosanmälan %1</translation>
    </message>
  </context>
  <context>
    <name>guardians</name>
    <message>
      <source>Agrees</source>
      <translation>Samtycker</translation>
    </message>
    <message>
      <source>Opposes</source>
      <translation>Motsätter sig</translation>
    </message>
    <message>
      <source>Not asked</source>
      <translation>Inte tillfrågad</translation>
    </message>
    <message>
      <source>To contact the guardian</source>
      <translation>För att kontakta vårdnadshavaren</translation>
    </message>
    <message>
      <source>For the investigation or a decision</source>
      <translation>För utredningen eller ett beslut</translation>
    </message>
    <message>
      <source>Information leaves on a legal ground</source>
      <translation>Uppgifter lämnas ut med stöd av lag</translation>
    </message>
    <message>
      <source>To check or correct what is recorded</source>
      <translation>För att kontrollera eller rätta det som är registrerat</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>NO — may not be contacted: %1</source>
      <translation>NEJ — får inte kontaktas: %1</translation>
    </message>
  </context>
  <context>
    <name>high_risk</name>
    <message>
      <source>Serious threat</source>
      <translation>Allvarligt hot</translation>
    </message>
    <message>
      <source>Subtle threat</source>
      <translation>Subtilt hot</translation>
    </message>
    <message>
      <source>Harassment</source>
      <translation>Trakasserier</translation>
    </message>
    <message>
      <source>Violence</source>
      <translation>Våld</translation>
    </message>
    <message>
      <source>Stalking</source>
      <translation>Förföljelse</translation>
    </message>
    <message>
      <source>Threat against staff's family</source>
      <translation>Hot mot personalens familj</translation>
    </message>
    <message>
      <source>Property damage</source>
      <translation>Skadegörelse</translation>
    </message>
    <message>
      <source>Reception</source>
      <translation>Receptionen</translation>
    </message>
    <message>
      <source>Meeting room</source>
      <translation>Mötesrum</translation>
    </message>
    <message>
      <source>Office</source>
      <translation>Kontoret</translation>
    </message>
    <message>
      <source>Phone or digital</source>
      <translation>Telefon eller digitalt</translation>
    </message>
    <message>
      <source>Outside the workplace</source>
      <translation>Utanför arbetsplatsen</translation>
    </message>
    <message>
      <source>Other place</source>
      <translation>Annan plats</translation>
    </message>
    <message>
      <source>In a case</source>
      <translation>I ett ärende</translation>
    </message>
    <message>
      <source>Occupational health service</source>
      <translation>Företagshälsovård</translation>
    </message>
    <message>
      <source>Process supervision</source>
      <translation>Processhandledning</translation>
    </message>
    <message>
      <source>Other support</source>
      <translation>Annat stöd</translation>
    </message>
    <message>
      <source>The caseworker reported the client to the Police</source>
      <translation>Handläggaren har polisanmält klienten</translation>
    </message>
    <message>
      <source>The client reported the caseworker</source>
      <translation>Klienten har anmält handläggaren</translation>
    </message>
    <message>
      <source>Other conflict of interest</source>
      <translation>Annat jäv</translation>
    </message>
  </context>
  <context>
    <name>incidents</name>
    <message>
      <source>Choose an incident first.</source>
      <translation>Välj en händelse först.</translation>
    </message>
    <message>
      <source>reported to the Police %1 (%2)</source>
      <translation>polisanmäld %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Defector</source>
      <translation>Avhoppare</translation>
    </message>
    <message>
      <source>Relative</source>
      <translation>Anhörig</translation>
    </message>
    <message>
      <source>High-risk</source>
      <translation>Högrisk</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation>Utredning</translation>
    </message>
    <message>
      <source>Criteria assessed</source>
      <translation>Kriterierna bedömda</translation>
    </message>
    <message>
      <source>Interventions</source>
      <translation>Insatser</translation>
    </message>
    <message>
      <source>Awaiting transfer</source>
      <translation>Väntar på överflyttning</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Avslutat</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>Överflyttat</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Ingen</translation>
    </message>
    <message>
      <source>Confidentiality marking</source>
      <translation>Sekretessmarkering</translation>
    </message>
    <message>
      <source>Protected population registration</source>
      <translation>Skyddad folkbokföring</translation>
    </message>
    <message>
      <source>Fictitious identity</source>
      <translation>Fingerade personuppgifter</translation>
    </message>
    <message>
      <source>Centrum</source>
      <translation>Centrum</translation>
    </message>
    <message>
      <source>Hisingen</source>
      <translation>Hisingen</translation>
    </message>
    <message>
      <source>Nordost</source>
      <translation>Nordost</translation>
    </message>
    <message>
      <source>Sydväst</source>
      <translation>Sydväst</translation>
    </message>
    <message>
      <source>SAV (central defector unit)</source>
      <translation>SAV (samlad avhopparverksamhet)</translation>
    </message>
    <message>
      <source>City executive office (statistics)</source>
      <translation>Stadsledningskontoret (statistik)</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>The vault is open elsewhere (another Utväg window or command). Close it there first.</source>
      <translation>Valvet är öppet någon annanstans (ett annat Utväg-fönster eller kommando). Stäng det där först.</translation>
    </message>
    <message>
      <source>The recovery key has a typo. Check every group of characters.</source>
      <translation>Återställningsnyckeln har ett skrivfel. Kontrollera varje teckengrupp.</translation>
    </message>
    <message>
      <source>Wrong recovery key.</source>
      <translation>Fel återställningsnyckel.</translation>
    </message>
    <message>
      <source>Quick unlock did not work here; use the passphrase.</source>
      <translation>Snabbupplåsningen fungerade inte här; använd lösenfrasen.</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Fel lösenfras.</translation>
    </message>
    <message>
      <source>This vault has been rolled back: an earlier copy of it was put back, and records of who read protected or high-risk cases may have been erased. This is now noted in the audit log. Tell your security contact before you go on; unlocking again opens the vault as it is.</source>
      <translation>Valvet har rullats tillbaka: en tidigare kopia av det har lagts tillbaka, och uppgifter om vem som läst ärenden med skyddad identitet eller hög risk kan ha raderats. Detta är nu antecknat i loggen. Kontakta din säkerhetsansvarige innan du fortsätter; låser du upp igen öppnas valvet som det är.</translation>
    </message>
    <message>
      <source>The vault's key file is an older copy (put back from a backup?) and would let an old passphrase in. Nothing was opened. Put back the current key file, or ask your administrator.</source>
      <translation>Valvets nyckelfil är en äldre kopia (tillbakalagd från en säkerhetskopia?) och skulle släppa in ett gammalt lösenord. Inget öppnades. Lägg tillbaka den aktuella nyckelfilen, eller kontakta din administratör.</translation>
    </message>
    <message>
      <source>The vault's key file has been changed since Utväg wrote it. Nothing was opened. Ask your administrator.</source>
      <translation>Valvets nyckelfil har ändrats sedan Utväg skrev den. Inget öppnades. Kontakta din administratör.</translation>
    </message>
    <message>
      <source>This is not a Utväg vault, or it is damaged. Nothing was changed. Restore from a backup or ask your administrator.</source>
      <translation>Det här är inte ett Utväg-valv, eller så är det skadat. Ingenting har ändrats. Återställ från en säkerhetskopia eller kontakta din administratör.</translation>
    </message>
    <message>
      <source>No vault was found at this place.</source>
      <translation>Inget valv hittades på den här platsen.</translation>
    </message>
    <message>
      <source>Something went wrong. No case data was shown or saved.</source>
      <translation>Något gick fel. Inga ärendeuppgifter visades eller sparades.</translation>
    </message>
  </context>
  <context>
    <name>needs</name>
    <message>
      <source>Safety and housing</source>
      <translation>Trygghet och boende</translation>
    </message>
    <message>
      <source>Livelihood</source>
      <translation>Försörjning</translation>
    </message>
    <message>
      <source>Employment or school</source>
      <translation>Sysselsättning eller skola</translation>
    </message>
    <message>
      <source>Health and addiction</source>
      <translation>Hälsa och beroende</translation>
    </message>
    <message>
      <source>Relations</source>
      <translation>Relationer</translation>
    </message>
    <message>
      <source>Criminality</source>
      <translation>Kriminalitet</translation>
    </message>
    <message>
      <source>Not followed up</source>
      <translation>Inte uppföljt</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>Save an unencrypted register?</source>
      <translation>Spara ett okrypterat register?</translation>
    </message>
    <message>
      <source>The exported register is NOT encrypted. It names recipients and legal grounds but no person data. Save it only where your organisation allows.</source>
      <translation>Det exporterade registret är INTE krypterat. Det innehåller mottagare och rättsliga grunder men inga personuppgifter. Spara det bara där din organisation tillåter.</translation>
    </message>
    <message>
      <source>Export the register</source>
      <translation>Exportera registret</translation>
    </message>
    <message>
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
  </context>
  <context>
    <name>risk_meetings</name>
    <message>
      <source>Meet digitally or by phone</source>
      <translation>Mötet hålls digitalt eller per telefon</translation>
    </message>
    <message>
      <source>An extra colleague takes part</source>
      <translation>En extra kollega deltar</translation>
    </message>
    <message>
      <source>A personal-protection guard</source>
      <translation>Personskyddsväktare</translation>
    </message>
    <message>
      <source>The Police present or informed</source>
      <translation>Polisen närvarar eller är informerad</translation>
    </message>
    <message>
      <source>The adapted meeting room</source>
      <translation>Det anpassade mötesrummet</translation>
    </message>
    <message>
      <source>Advice from the security coordinator</source>
      <translation>Råd från säkerhetssamordnaren</translation>
    </message>
    <message>
      <source>Hold the meeting</source>
      <translation>Mötet genomförs</translation>
    </message>
    <message>
      <source>Hold the meeting with the chosen measures</source>
      <translation>Mötet genomförs med valda åtgärder</translation>
    </message>
    <message>
      <source>Postpone the meeting</source>
      <translation>Mötet skjuts upp</translation>
    </message>
    <message>
      <source>Cancel the meeting</source>
      <translation>Mötet ställs in</translation>
    </message>
    <message>
      <source>Not decided yet</source>
      <translation>Inte beslutat ännu</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <source>Caseworker</source>
      <translation>Handläggare</translation>
    </message>
    <message>
      <source>Unit manager</source>
      <translation>Enhetschef</translation>
    </message>
    <message>
      <source>City office</source>
      <translation>Stadsledningskontoret</translation>
    </message>
  </context>
  <context>
    <name>service</name>
    <message>
      <source>%1 already exists; choose a new file name for the backup.</source>
      <translation>%1 finns redan; välj ett nytt filnamn för säkerhetskopian.</translation>
    </message>
    <message>
      <source>%1 already exists; choose another file name.</source>
      <translation>%1 finns redan; välj ett annat filnamn.</translation>
    </message>
    <message>
      <source>%1 and %2 are the same contribution (package %3); give each file once. Nothing was merged.</source>
      <translation>%1 och %2 är samma bidrag (paket %3); ange varje fil en gång. Ingenting lades samman.</translation>
    </message>
    <message>
      <source>%1 appeared meanwhile; the key was changed and its file is kept as %2.</source>
      <translation>%1 dök upp under tiden; nyckeln byttes och dess fil sparades som %2.</translation>
    </message>
    <message>
      <source>%1 appeared while the package was written.</source>
      <translation>%1 dök upp medan paketet skrevs.</translation>
    </message>
    <message>
      <source>%1 contributed to %2 twice (%3, made %4, and %5, made %6); merge only the one that counts. Nothing was merged.</source>
      <translation>%1 har bidragit till %2 två gånger (%3, gjort %4, och %5, gjort %6); lägg bara samman det som gäller. Ingenting lades samman.</translation>
    </message>
    <message>
      <source>%1 does not apply to this milieu.</source>
      <translation>Miljö: %1 gäller inte för den här miljön.</translation>
    </message>
    <message>
      <source>%1 does not handle relatives' cases: the district boards handle the cases of relatives of defectors and special defectors.</source>
      <translation>%1 handlägger inte anhörigas ärenden: stadsdelarnas socialnämnder handlägger ärenden för anhöriga till avhoppare och särskilda avhoppare.</translation>
    </message>
    <message>
      <source>%1 exists without its key file. Put the key file back, or move the database away, before creating a new vault here.</source>
      <translation>%1 finns utan sin nyckelfil. Lägg tillbaka nyckelfilen, eller flytta databasen, innan du skapar ett nytt valv här.</translation>
    </message>
    <message>
      <source>%1 is a file; choose a directory for the vault.</source>
      <translation>%1 är en fil; välj en mapp för valvet.</translation>
    </message>
    <message>
      <source>%1 is a file; restore into a new directory.</source>
      <translation>%1 är en fil; återställ till en ny mapp.</translation>
    </message>
    <message>
      <source>%1 is longer than %2 characters.</source>
      <translation>%1: högst %2 tecken.</translation>
    </message>
    <message>
      <source>%1 is neither a key card file nor a unit whose card is trusted here.</source>
      <translation>%1 är varken en nyckelkortsfil eller en enhet vars kort är betrott här.</translation>
    </message>
    <message>
      <source>%1 is not a readable file.</source>
      <translation>%1 är inte en läsbar fil.</translation>
    </message>
    <message>
      <source>%1 is not allowed in JSON.</source>
      <translation>%1 är inte tillåtet i JSON.</translation>
    </message>
    <message>
      <source>%1 is not empty; restore into a new directory.</source>
      <translation>%1 är inte tom; återställ till en ny mapp.</translation>
    </message>
    <message>
      <source>%1 is required for this milieu.</source>
      <translation>Miljö: %1 krävs för den här miljön.</translation>
    </message>
    <message>
      <source>%1 must be a date and time with a time zone.</source>
      <translation>%1: ange datum och tid med tidszon.</translation>
    </message>
    <message>
      <source>%1 must be a date and time.</source>
      <translation>%1: ange datum och tid.</translation>
    </message>
    <message>
      <source>%1 must be a date.</source>
      <translation>%1: ange ett datum.</translation>
    </message>
    <message>
      <source>%1 must be a list of known values.</source>
      <translation>%1: välj bland de angivna värdena.</translation>
    </message>
    <message>
      <source>%1 must be text.</source>
      <translation>%1: ange text.</translation>
    </message>
    <message>
      <source>%1 must carry a time zone.</source>
      <translation>%1: tidszon saknas.</translation>
    </message>
    <message>
      <source>%1 must not be before %2.</source>
      <translation>%1 får inte vara före %2.</translation>
    </message>
    <message>
      <source>%1 must not be before the report was received.</source>
      <translation>%1 får inte vara före det att anmälan kom in.</translation>
    </message>
    <message>
      <source>%1 must not be empty.</source>
      <translation>%1: fältet får inte vara tomt.</translation>
    </message>
    <message>
      <source>%1 must not be in the future.</source>
      <translation>%1: datumet får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>%1 must say whether it is chosen.</source>
      <translation>%1: ange om det är valt.</translation>
    </message>
    <message>
      <source>%1 names a value twice.</source>
      <translation>%1: samma värde anges två gånger.</translation>
    </message>
    <message>
      <source>%1 needs text (at most %2 characters).</source>
      <translation>%1: skriv en text (högst %2 tecken).</translation>
    </message>
    <message>
      <source>%1.answer must be yes or no.</source>
      <translation>%1: svara ja eller nej.</translation>
    </message>
    <message>
      <source>%1.sources must name at least one source.</source>
      <translation>%1: ange minst en källa.</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1: %2.</source>
      <translation>%1: %2.</translation>
    </message>
    <message>
      <source>%1: %2; nothing was merged.</source>
      <translation>%1: %2; ingenting lades samman.</translation>
    </message>
    <message>
      <source>%1: is not a known field</source>
      <translation>%1: är inget känt fält</translation>
    </message>
    <message>
      <source>%1: must be true or false</source>
      <translation>%1: måste vara sant eller falskt</translation>
    </message>
    <message>
      <source>%1: no such field in this form.</source>
      <translation>%1: fältet finns inte i formuläret.</translation>
    </message>
    <message>
      <source>%1: not a field of this step.</source>
      <translation>%1: fältet hör inte till det här steget.</translation>
    </message>
    <message>
      <source>%1: unknown key in the answers file (answers go under 'answers').</source>
      <translation>%1: okänd nyckel i svarsfilen (svaren ska ligga under 'answers').</translation>
    </message>
    <message>
      <source>A %1's vault handles no cases to hand over.</source>
      <translation>Ett valv med rollen %1 handlägger inga ärenden att lämna över.</translation>
    </message>
    <message>
      <source>A %1's vault has no log review to send.</source>
      <translation>Ett valv med rollen %1 har ingen loggkontroll att skicka.</translation>
    </message>
    <message>
      <source>A %1's vault names its holder: give the person's name (at most 100 characters).</source>
      <translation>Ett valv med rollen %1 anger vem som har det: skriv personens namn (högst 100 tecken).</translation>
    </message>
    <message>
      <source>A %1's vault records no incidents to report.</source>
      <translation>Ett valv med rollen %1 registrerar inga händelser att rapportera.</translation>
    </message>
    <message>
      <source>A Police consultation only applies when the person is suspected of serious crime.</source>
      <translation>Samråd med Polisen gäller bara när personen misstänks för allvarlig brottslighet.</translation>
    </message>
    <message>
      <source>A case awaiting its transfer goes back to the investigation only when it is routed back to this board while the suspicion of serious crime is not judged to let the investigation continue.</source>
      <translation>Ett ärende som väntar på överflyttning går tillbaka till utredning bara när det styrs tillbaka till denna nämnd medan misstanken om allvarlig brottslighet inte har bedömts låta utredningen fortsätta.</translation>
    </message>
    <message>
      <source>A case cannot be closed before it was opened.</source>
      <translation>Ett ärende kan inte avslutas innan det öppnades.</translation>
    </message>
    <message>
      <source>A case cannot go from %1 to %2.</source>
      <translation>Ett ärende kan inte gå från %1 till %2.</translation>
    </message>
    <message>
      <source>A case cannot go from %1 to closed.</source>
      <translation>Ett ärende kan inte gå från %1 till avslutat.</translation>
    </message>
    <message>
      <source>A case is closed as transferred by sending its transfer package.</source>
      <translation>Ett ärende avslutas som överfört genom att dess överföringspaket skickas.</translation>
    </message>
    <message>
      <source>A case is given by its case number (like HI-2026-00001) or its id.</source>
      <translation>Ett ärende anges med sitt ärendenummer (som HI-2026-00001) eller sitt id.</translation>
    </message>
    <message>
      <source>A case starts with an opened investigation.</source>
      <translation>Ett ärende börjar med en inledd utredning.</translation>
    </message>
    <message>
      <source>A closed case cannot be reassessed.</source>
      <translation>Ett avslutat ärende kan inte bedömas på nytt.</translation>
    </message>
    <message>
      <source>A closed case cannot be transferred.</source>
      <translation>Ett avslutat ärende kan inte överföras.</translation>
    </message>
    <message>
      <source>A closed case takes no new intervention.</source>
      <translation>Ett avslutat ärende kan inte få någon ny insats.</translation>
    </message>
    <message>
      <source>A de-identified consultation must not carry the case summary</source>
      <translation>En avidentifierad konsultation får inte innehålla ärendesammanfattningen</translation>
    </message>
    <message>
      <source>A decision says whether the person is a special defector (--special or --not-special); advice says neither.</source>
      <translation>Ett beslut anger om personen är en särskild avhoppare (--special eller --not-special); ett råd anger inget av dem.</translation>
    </message>
    <message>
      <source>A funding date or decision only applies once state funding is applied for.</source>
      <translation>Datum eller beslut om statlig ersättning gäller först när ersättning har sökts.</translation>
    </message>
    <message>
      <source>A guardian has a protected identity: the package would carry their name and contact. Confirm that the receiving unit needs them (reveal the identity for the package); the reveal is logged.</source>
      <translation>En vårdnadshavare har skyddad identitet: paketet skulle innehålla namn och kontaktuppgifter. Bekräfta att mottagande enhet behöver dem (visa identiteten för paketet); visningen loggas.</translation>
    </message>
    <message>
      <source>A guardian's position names the guardian; the young person's does not.</source>
      <translation>En vårdnadshavares ståndpunkt anger vårdnadshavaren; den unges gör det inte.</translation>
    </message>
    <message>
      <source>A handover comes only from a colleague of the same unit</source>
      <translation>Ett överlämnande kommer bara från en kollega i samma enhet</translation>
    </message>
    <message>
      <source>A handover needs its reason (why the case rotates).</source>
      <translation>Ett överlämnande behöver sitt skäl (varför ärendet roteras).</translation>
    </message>
    <message>
      <source>A long-term intervention is decided only after the criteria are assessed and the case is decided at this board (the case is %1).</source>
      <translation>En långsiktig insats beslutas först när kriterierna är bedömda och ärendet är beslutat hos den här nämnden (ärendet är %1).</translation>
    </message>
    <message>
      <source>A long-term intervention is decided only after the criteria are assessed and the case is decided at this board (the case is %1); during the investigation only urgent and time-limited ones.</source>
      <translation>En långsiktig insats beslutas först när kriterierna är bedömda och ärendet är beslutat hos den här nämnden (ärendet är %1); under utredningen bara akuta och tidsbegränsade insatser.</translation>
    </message>
    <message>
      <source>A package entry changed while the package was being written</source>
      <translation>En post i paketet ändrades medan paketet skrevs</translation>
    </message>
    <message>
      <source>A package entry is longer than expected</source>
      <translation>En post i paketet är längre än väntat</translation>
    </message>
    <message>
      <source>A package entry is shorter than expected</source>
      <translation>En post i paketet är kortare än väntat</translation>
    </message>
    <message>
      <source>A package id is 32 hexadecimal characters (as the import showed it).</source>
      <translation>Ett paket-id är 32 hexadecimala tecken (som importen visade det).</translation>
    </message>
    <message>
      <source>A package of this kind comes only from a %1 of %2</source>
      <translation>Ett paket av det här slaget kommer bara från en %1 i %2</translation>
    </message>
    <message>
      <source>A person with the same identity number already has case %1 in this vault; choose to link the imported case to that person or to keep them separate (--link-person / --separate-person).</source>
      <translation>En person med samma personnummer har redan ärende %1 i valvet; välj att koppla det mottagna ärendet till den personen eller att hålla dem åtskilda (--link-person / --separate-person).</translation>
    </message>
    <message>
      <source>A recovery key has %1 characters (letters and digits, in groups of %2); the one given does not. Check it for typos.</source>
      <translation>En återställningsnyckel har %1 tecken (bokstäver och siffror, i grupper om %2); den angivna har inte det. Kontrollera att den är rätt inskriven.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; run 'utvag rekey' before changing passphrase.</source>
      <translation>En omkryptering är inte klar; kör 'utvag rekey' innan du byter lösenfras.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; run 'utvag rekey' before making a backup.</source>
      <translation>En omkryptering är inte klar; kör 'utvag rekey' innan du gör en säkerhetskopia.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; run 'utvag rekey' before setting up quick unlock.</source>
      <translation>En omkryptering är inte klar; kör 'utvag rekey' innan du slår på snabbupplåsning.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; run 'utvag rekey' first.</source>
      <translation>En omkryptering är inte klar; kör 'utvag rekey' först.</translation>
    </message>
    <message>
      <source>A release date and transition plan only apply in prison or closed youth care.</source>
      <translation>Frigivningsdatum och övergångsplan gäller bara i fängelse eller sluten ungdomsvård.</translation>
    </message>
    <message>
      <source>A routing outcome needs its reasons.</source>
      <translation>Ett beslut om handläggande nämnd behöver sina skäl.</translation>
    </message>
    <message>
      <source>A signed assessment cannot be changed; start a new one.</source>
      <translation>En signerad bedömning kan inte ändras; gör en ny.</translation>
    </message>
    <message>
      <source>A signed note cannot be changed; write a correction instead.</source>
      <translation>En signerad anteckning kan inte ändras; skriv en rättelse i stället.</translation>
    </message>
    <message>
      <source>A special defector is handled by SAV and nobody else is.</source>
      <translation>En särskild avhoppare handläggs av SAV och ingen annan gör det.</translation>
    </message>
    <message>
      <source>A status change cannot be dated before the previous one.</source>
      <translation>En statusändring kan inte dateras före den föregående.</translation>
    </message>
    <message>
      <source>A stored message needs code, sv and en.</source>
      <translation>Ett sparat meddelande behöver kod, svensk och engelsk text.</translation>
    </message>
    <message>
      <source>A threat assessment from the Police is required.</source>
      <translation>En hotbildsbedömning från Polisen krävs.</translation>
    </message>
    <message>
      <source>A time-limited intervention needs an end date.</source>
      <translation>En tidsbegränsad insats behöver ett slutdatum.</translation>
    </message>
    <message>
      <source>A transfer cannot be dated before the previous status change.</source>
      <translation>En överföring kan inte dateras före den föregående statusändringen.</translation>
    </message>
    <message>
      <source>A transfer closes the case through transfer_case, which names the receiving board.</source>
      <translation>En överföring avslutar ärendet genom överföringen, som anger mottagande nämnd.</translation>
    </message>
    <message>
      <source>A transfer goes through transfer_case, which names the receiving board.</source>
      <translation>En överföring görs genom överföringen, som anger mottagande nämnd.</translation>
    </message>
    <message>
      <source>A trusted key card stored in the vault is damaged.</source>
      <translation>Ett betrott nyckelkort i valvet är skadat.</translation>
    </message>
    <message>
      <source>A unit manager's vault holds no cases; cases are kept in the caseworkers' vaults, and the manager receives their incident reports and log reviews.</source>
      <translation>Enhetschefens valv har inga ärenden; ärendena finns i handläggarnas valv, och chefen tar emot deras incidentrapporter och loggkontroller.</translation>
    </message>
    <message>
      <source>A user name on assessment %1 holds a character that cannot be sent (a line break or a control or direction character); it cannot be corrected here: contact the administrator.</source>
      <translation>Ett användarnamn på bedömning %1 innehåller ett tecken som inte kan skickas (en radbrytning eller ett styr- eller riktningstecken); det kan inte rättas här: kontakta administratören.</translation>
    </message>
    <message>
      <source>A user name on journal note %1 holds a character that cannot be sent (a line break or a control or direction character); it cannot be corrected here: contact the administrator.</source>
      <translation>Ett användarnamn på journalanteckning %1 innehåller ett tecken som inte kan skickas (en radbrytning eller ett styr- eller riktningstecken); det kan inte rättas här: kontakta administratören.</translation>
    </message>
    <message>
      <source>A vault that holds no cases has no statistics to contribute.</source>
      <translation>Ett valv utan ärenden har ingen statistik att bidra med.</translation>
    </message>
    <message>
      <source>A vault with the role %1 names no holder.</source>
      <translation>Ett valv med rollen %1 anger ingen person.</translation>
    </message>
    <message>
      <source>An attachment does not match the hash in the signed manifest</source>
      <translation>En bilaga stämmer inte med kontrollsumman i den signerade innehållsförteckningen</translation>
    </message>
    <message>
      <source>An entry changed while the package was being written</source>
      <translation>En post ändrades medan paketet skrevs</translation>
    </message>
    <message>
      <source>At most %1 contribution files can be merged at once.</source>
      <translation>Högst %1 bidragsfiler kan läggas samman på en gång.</translation>
    </message>
    <message>
      <source>Beslutet kan överklagas hos förvaltningsrätten. Överklagandet ska ha kommit in till socialnämnden inom tre veckor från den dag då du fick del av beslutet.</source>
      <translation>Beslutet kan överklagas hos förvaltningsrätten. Överklagandet ska ha kommit in till socialnämnden inom tre veckor från den dag då du fick del av beslutet.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Kan inte läsa %1.</translation>
    </message>
    <message>
      <source>Cannot read the key card %1.</source>
      <translation>Kan inte läsa nyckelkortet %1.</translation>
    </message>
    <message>
      <source>Cannot read the legal grounds in %1.</source>
      <translation>Kan inte läsa de rättsliga grunderna i %1.</translation>
    </message>
    <message>
      <source>Cannot read the retention rules in %1.</source>
      <translation>Kan inte läsa gallringsreglerna i %1.</translation>
    </message>
    <message>
      <source>Cannot write %1.</source>
      <translation>Kan inte skriva %1.</translation>
    </message>
    <message>
      <source>Case %1 is %2 and read-only.</source>
      <translation>Ärende %1 har status %2 och kan bara läsas.</translation>
    </message>
    <message>
      <source>Case %1 is %2: SAV's decision is recorded with the consultation only.</source>
      <translation>Ärende %1 har status %2: SAV:s beslut registreras bara med konsultationen.</translation>
    </message>
    <message>
      <source>Case %1 is about another person: a concern report is linked to its child's own case or to a case where the child is a linked relative.</source>
      <translation>Ärende %1 gäller en annan person: en orosanmälan kopplas till barnets eget ärende eller till ett ärende där barnet är kopplad anhörig.</translation>
    </message>
    <message>
      <source>Case %1 is not a defector case; the defector assessment does not apply to it.</source>
      <translation>Ärende %1 är inte ett avhopparärende; avhopparbedömningen gäller inte för det.</translation>
    </message>
    <message>
      <source>Closing a case needs a reason.</source>
      <translation>Ett ärende kan bara avslutas med ett skäl.</translation>
    </message>
    <message>
      <source>Concern report %1 is already linked to case %2.</source>
      <translation>Orosanmälan %1 är redan kopplad till ärende %2.</translation>
    </message>
    <message>
      <source>Conflict of interest %1 is already resolved.</source>
      <translation>Jävssituation %1 är redan hanterad.</translation>
    </message>
    <message>
      <source>Consultation %1 was already answered (package %2).</source>
      <translation>Konsultation %1 är redan besvarad (paket %2).</translation>
    </message>
    <message>
      <source>Consultations are answered by SAV; this vault belongs to %1.</source>
      <translation>Konsultationer besvaras av SAV; det här valvet tillhör %1.</translation>
    </message>
    <message>
      <source>Counts of different years cannot be added up.</source>
      <translation>Antal från olika år kan inte läggas samman.</translation>
    </message>
    <message>
      <source>Date of birth must be a date.</source>
      <translation>Födelsedatum måste vara ett datum.</translation>
    </message>
    <message>
      <source>Date of birth must not be in the future.</source>
      <translation>Födelsedatum får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>Draft journal notes not sent: %1. Unsigned notes stay in this vault only; a note the receiving side needs must be signed before the case is sent.</source>
      <translation>Utkast till journalanteckningar som inte skickades: %1. Osignerade anteckningar finns bara kvar i det här valvet; en anteckning som mottagaren behöver måste signeras innan ärendet skickas.</translation>
    </message>
    <message>
      <source>Duplicate key %1 in JSON.</source>
      <translation>Nyckeln %1 förekommer två gånger i JSON.</translation>
    </message>
    <message>
      <source>Form %1 version %2 is already registered.</source>
      <translation>Formulär %1 version %2 är redan registrerat.</translation>
    </message>
    <message>
      <source>Form definition %1: %2</source>
      <translation>Formulärdefinitionen %1: %2</translation>
    </message>
    <message>
      <source>Form definition field %1 %2 for evaluator %3.</source>
      <translation>Formulärdefinitionens fält %1 %2 för utvärderaren %3.</translation>
    </message>
    <message>
      <source>Form definition field %1 is read by the rules of evaluator %2, not by %3 that the form names: its answers would never be checked. Name an evaluator whose rules read it.</source>
      <translation>Formulärdefinitionens fält %1 läses av reglerna i utvärderaren %2, inte av %3 som formuläret anger: svaren skulle aldrig kontrolleras. Ange en utvärderare vars regler läser fältet.</translation>
    </message>
    <message>
      <source>Form definition, %1: %2.</source>
      <translation>Formulärdefinitionen, %1: %2.</translation>
    </message>
    <message>
      <source>In a caseworker's vault the unit manager signs the log review, so that nobody signs off their own accesses: send it to the manager ('utvag logreview send') and import the signature that comes back.</source>
      <translation>I en handläggares valv signerar enhetschefen loggkontrollen, så att ingen godkänner sina egna åtkomster: skicka den till chefen ('utvag logreview send') och importera signaturen som kommer tillbaka.</translation>
    </message>
    <message>
      <source>Intervention %1 is already linked to need %2.</source>
      <translation>Insats %1 är redan kopplad till behov %2.</translation>
    </message>
    <message>
      <source>Intervention %1 is not linked to need %2.</source>
      <translation>Insats %1 är inte kopplad till behov %2.</translation>
    </message>
    <message>
      <source>Key derivation parameters below t=3 / 64 MiB are refused.</source>
      <translation>Nyckelhärledning under t=3 / 64 MiB tillåts inte.</translation>
    </message>
    <message>
      <source>Key derivation with %1 is refused: above the cap that unlocking enforces.</source>
      <translation>Nyckelhärledning med %1 avvisas: över taket som upplåsningen tillämpar.</translation>
    </message>
    <message>
      <source>Name at least one contribution file.</source>
      <translation>Ange minst en bidragsfil.</translation>
    </message>
    <message>
      <source>Name the colleague who takes over the case.</source>
      <translation>Ange kollegan som tar över ärendet.</translation>
    </message>
    <message>
      <source>No consent covering another social-services board is recorded on the case's assessment (or it was withdrawn); record the legal ground for the disclosure.</source>
      <translation>Inget samtycke som omfattar en annan socialnämnd finns registrerat i ärendets bedömning (eller så har det återkallats); registrera den rättsliga grunden för utlämnandet.</translation>
    </message>
    <message>
      <source>No consultation %1 was received here.</source>
      <translation>Ingen konsultation %1 har tagits emot här.</translation>
    </message>
    <message>
      <source>No consultation or answer with package id %1 was imported into this vault, so it holds no receipt for one.</source>
      <translation>Ingen konsultation eller inget svar med paket-id %1 har importerats till det här valvet, så det finns inget kvitto för det.</translation>
    </message>
    <message>
      <source>No disclosure is recorded for package %1.</source>
      <translation>Inget utlämnande är registrerat för paket %1.</translation>
    </message>
    <message>
      <source>No secure system keyring is available; quick unlock cannot be used here.</source>
      <translation>Det finns ingen säker nyckelring i systemet; snabbupplåsning kan inte användas här.</translation>
    </message>
    <message>
      <source>No trusted key card has that fingerprint or key id (the list of trusted cards shows them).</source>
      <translation>Inget betrott nyckelkort har det fingeravtrycket eller nyckel-id:t (listan över betrodda kort visar dem).</translation>
    </message>
    <message>
      <source>Nothing can be sent to %1: %2. Trust the unit's new card after confirming its fingerprint by phone.</source>
      <translation>Inget kan skickas till %1: %2. Lita på enhetens nya kort efter att ha bekräftat dess fingeravtryck per telefon.</translation>
    </message>
    <message>
      <source>Only a case closed for transfer can be opened at the receiving board.</source>
      <translation>Bara ett ärende som avslutats för överföring kan öppnas hos mottagande nämnd.</translation>
    </message>
    <message>
      <source>Only a case whose assessment routes it to another board awaits a transfer.</source>
      <translation>Bara ett ärende vars bedömning fördelar det till en annan nämnd väntar på överflyttning.</translation>
    </message>
    <message>
      <source>Only a draft can be discarded.</source>
      <translation>Bara ett utkast kan kastas.</translation>
    </message>
    <message>
      <source>Only closing takes a reason.</source>
      <translation>Bara avslut anges med skäl.</translation>
    </message>
    <message>
      <source>Only the city office's vault merges statistics contributions; contributions are sealed to its key and open nowhere else.</source>
      <translation>Bara stadsledningskontorets valv lägger samman statistikbidrag; bidragen är förseglade till dess nyckel och öppnas ingen annanstans.</translation>
    </message>
    <message>
      <source>Only the unit manager's vault has the manager's view.</source>
      <translation>Bara enhetschefens valv har chefens vy.</translation>
    </message>
    <message>
      <source>Only the unit manager's vault receives log reviews.</source>
      <translation>Bara enhetschefens valv tar emot loggkontroller.</translation>
    </message>
    <message>
      <source>Only the unit manager's vault signs the caseworkers' log reviews.</source>
      <translation>Bara enhetschefens valv signerar handläggarnas loggkontroller.</translation>
    </message>
    <message>
      <source>Package %1 was already replaced by package %2; resend that one if it is lost too.</source>
      <translation>Paket %1 har redan ersatts av paket %2; skicka om det om också det har kommit bort.</translation>
    </message>
    <message>
      <source>Package %1 was delivered on %2; there is nothing to resend.</source>
      <translation>Paket %1 levererades %2; det finns inget att skicka om.</translation>
    </message>
    <message>
      <source>Package %1 was replaced by package %2, which the sender resent and this unit has already imported; nothing was imported.</source>
      <translation>Paket %1 ersattes av paket %2, som avsändaren skickade om och som den här enheten redan har importerat; inget importerades.</translation>
    </message>
    <message>
      <source>Personal identity number %1.</source>
      <translation>Personnumret %1.</translation>
    </message>
    <message>
      <source>Policy sets this workstation's unit to %1; %2 is refused.</source>
      <translation>Policyn anger %1 som den här datorns enhet; %2 tillåts inte.</translation>
    </message>
    <message>
      <source>Quick unlock is not set up for this vault; use the passphrase.</source>
      <translation>Snabbupplåsning är inte inställd för det här valvet; använd lösenfrasen.</translation>
    </message>
    <message>
      <source>Quick unlock through the system keyring is not allowed by policy.</source>
      <translation>Snabbupplåsning via systemets nyckelring tillåts inte av policyn.</translation>
    </message>
    <message>
      <source>Relatives' own cases are handled by a district board, not by SAV.</source>
      <translation>Anhörigas egna ärenden handläggs av en stadsområdesnämnd, inte av SAV.</translation>
    </message>
    <message>
      <source>Risk assessment %1 is signed and cannot change.</source>
      <translation>Riskbedömning %1 är signerad och kan inte ändras.</translation>
    </message>
    <message>
      <source>SAV answers consultations; a case at SAV is decided there.</source>
      <translation>SAV besvarar konsultationer; ett ärende hos SAV avgörs där.</translation>
    </message>
    <message>
      <source>SAV's decision is recorded with the consultation but does not route the case: %1</source>
      <translation>SAV:s beslut registreras med konsultationen men styr inte ärendet: %1</translation>
    </message>
    <message>
      <source>The %1 cannot be read.</source>
      <translation>%1 kan inte läsas.</translation>
    </message>
    <message>
      <source>The %1 holds text that is not valid Unicode (a lone surrogate escape).</source>
      <translation>%1 innehåller text som inte är giltig Unicode (en ensam surrogat-escape).</translation>
    </message>
    <message>
      <source>The %1 is damaged or not in the expected form</source>
      <translation>%1 är skadad eller har inte väntad form</translation>
    </message>
    <message>
      <source>The %1 is nested more than %2 levels deep.</source>
      <translation>%1 är nästlad mer än %2 nivåer djupt.</translation>
    </message>
    <message>
      <source>The %1 is not valid JSON%2.</source>
      <translation>%1 är inte giltig JSON%2.</translation>
    </message>
    <message>
      <source>The %1 is too large.</source>
      <translation>%1 är för stor.</translation>
    </message>
    <message>
      <source>The %1 vault merges the city's statistics and holds no caseworker's or manager's keys; choose the role city-office.</source>
      <translation>Valvet för %1 lägger samman stadens statistik och har inga nycklar för en handläggare eller en enhetschef; välj rollen city-office (stadsledningskontoret).</translation>
    </message>
    <message>
      <source>The %1 was made by a newer version of Utväg</source>
      <translation>%1 gjordes av en nyare version av Utväg</translation>
    </message>
    <message>
      <source>The advice needs text (at most %1 characters).</source>
      <translation>Rådet behöver text (högst %1 tecken).</translation>
    </message>
    <message>
      <source>The answer given for %1 belongs to another criterion.</source>
      <translation>Svaret för %1 hör till ett annat kriterium.</translation>
    </message>
    <message>
      <source>The answer holds a control or text-direction character: remove it (line breaks and tabs are kept).</source>
      <translation>Svaret innehåller ett styrtecken eller ett tecken som ändrar textriktningen: ta bort det (radbrytningar och tabbar behålls).</translation>
    </message>
    <message>
      <source>The answer is one of %1.</source>
      <translation>Svaret är ett av %1.</translation>
    </message>
    <message>
      <source>The answer to request %1 is already recorded; a new assessment from the Police is recorded as a new one.</source>
      <translation>Svaret på begäran %1 är redan registrerat; en ny bedömning från Polisen registreras som en ny.</translation>
    </message>
    <message>
      <source>The answers are for another form.</source>
      <translation>Svaren gäller ett annat formulär.</translation>
    </message>
    <message>
      <source>The answers are for another version of the form.</source>
      <translation>Svaren gäller en annan version av formuläret.</translation>
    </message>
    <message>
      <source>The answers file must hold a JSON object.</source>
      <translation>Svarsfilen måste innehålla ett JSON-objekt.</translation>
    </message>
    <message>
      <source>The answers file needs '%1'.</source>
      <translation>Svarsfilen saknar '%1'.</translation>
    </message>
    <message>
      <source>The assessment is already signed.</source>
      <translation>Bedömningen är redan signerad.</translation>
    </message>
    <message>
      <source>The assessment routes this case to another board; transfer it instead.</source>
      <translation>Bedömningen anger att en annan nämnd ska handlägga ärendet; överflytta det i stället.</translation>
    </message>
    <message>
      <source>The card of %1 is not a city office's card; statistics contributions go only to the city office.</source>
      <translation>Kortet för %1 är inte stadsledningskontorets kort; statistikbidrag går bara till stadsledningskontoret.</translation>
    </message>
    <message>
      <source>The case cannot be sent as it stands: %1. Correct the case first; nothing was sealed.</source>
      <translation>Ärendet kan inte skickas som det är: %1. Rätta ärendet först; inget paket skapades.</translation>
    </message>
    <message>
      <source>The case data in the package is not valid (%1)</source>
      <translation>Ärendeuppgifterna i paketet är inte giltiga (%1)</translation>
    </message>
    <message>
      <source>The case data in the package is not valid (case.json)</source>
      <translation>Ärendeuppgifterna i paketet är inte giltiga (ärendet)</translation>
    </message>
    <message>
      <source>The case data in the package is not valid (decision.json)</source>
      <translation>Ärendeuppgifterna i paketet är inte giltiga (decision.json)</translation>
    </message>
    <message>
      <source>The case data in the package is not valid (from_unit)</source>
      <translation>Ärendeuppgifterna i paketet är inte giltiga (avsändande enhet)</translation>
    </message>
    <message>
      <source>The case data in the package is not valid (handover)</source>
      <translation>Ärendeuppgifterna i paketet är inte giltiga (överlämnande)</translation>
    </message>
    <message>
      <source>The case data in the package is not valid (handover.json)</source>
      <translation>Ärendeuppgifterna i paketet är inte giltiga (handover.json)</translation>
    </message>
    <message>
      <source>The case data in the package was made by a newer version of Utväg</source>
      <translation>Ärendeuppgifterna i paketet är gjorda av en nyare version av Utväg</translation>
    </message>
    <message>
      <source>The case has no current high-risk flag.</source>
      <translation>Ärendet har ingen gällande högriskmarkering.</translation>
    </message>
    <message>
      <source>The case holds data the receiving vault would refuse (%1): correct it in the case first; nothing was sealed.</source>
      <translation>Ärendet innehåller uppgifter som den mottagande enheten skulle avvisa (%1): rätta dem i ärendet först; inget paket skapades.</translation>
    </message>
    <message>
      <source>The case is already at %1.</source>
      <translation>Ärendet finns redan hos %1.</translation>
    </message>
    <message>
      <source>The case is already flagged high-risk; clear the flag first.</source>
      <translation>Ärendet är redan markerat som högrisk; ta bort markeringen först.</translation>
    </message>
    <message>
      <source>The case is already handled by the board the assessment routes it to.</source>
      <translation>Ärendet handläggs redan av den nämnd som bedömningen anger.</translation>
    </message>
    <message>
      <source>The case is already in this caseworker's vault.</source>
      <translation>Ärendet finns redan i den här handläggarens valv.</translation>
    </message>
    <message>
      <source>The case number holds a character that cannot be sent (a line break or a control or direction character); it cannot be corrected here: contact the administrator.</source>
      <translation>Ärendenumret innehåller ett tecken som inte kan skickas (en radbrytning eller ett styr- eller riktningstecken); det kan inte rättas här: kontakta administratören.</translation>
    </message>
    <message>
      <source>The case sent in package %1 is no longer in this vault as a transferred case.</source>
      <translation>Ärendet som skickades i paket %1 finns inte längre i valvet som ett överflyttat ärende.</translation>
    </message>
    <message>
      <source>The case's assessment is missing (no signed assessment); a transfer to %1 needs a written reason.</source>
      <translation>Ärendet saknar signerad bedömning; en överflyttning till %1 behöver ett skriftligt skäl.</translation>
    </message>
    <message>
      <source>The case's assessment routes it to %1; a transfer to %2 needs a written reason.</source>
      <translation>Ärendets bedömning anvisar det till %1; en överflyttning till %2 behöver ett skriftligt skäl.</translation>
    </message>
    <message>
      <source>The caseworker's name on the case holds a character that cannot be sent (a line break or a control or direction character); it cannot be corrected here: contact the administrator.</source>
      <translation>Handläggarens namn på ärendet innehåller ett tecken som inte kan skickas (en radbrytning eller ett styr- eller riktningstecken); det kan inte rättas här: kontakta administratören.</translation>
    </message>
    <message>
      <source>The city office merges the units' contributions; it makes none.</source>
      <translation>Stadsledningskontoret lägger samman förvaltningarnas bidrag; det gör inga egna.</translation>
    </message>
    <message>
      <source>The city office's vault holds no cases; it only merges the units' statistics.</source>
      <translation>Stadsledningskontorets valv har inga ärenden; det lägger bara samman förvaltningarnas statistik.</translation>
    </message>
    <message>
      <source>The consent to lift confidentiality has been withdrawn; the assessment cannot rest on information exchanged under it. Record a new consent or close the case.</source>
      <translation>Samtycket till att häva sekretessen har återkallats; bedömningen kan inte vila på uppgifter som lämnats med stöd av det. Registrera ett nytt samtycke eller avsluta ärendet.</translation>
    </message>
    <message>
      <source>The consultation cannot be sent as it stands: %1. Correct the case first; nothing was sealed.</source>
      <translation>Konsultationen kan inte skickas som den är: %1. Rätta ärendet först; inget paket skapades.</translation>
    </message>
    <message>
      <source>The contact of guardian %1 holds a character that cannot be sent (a line break or a control or direction character): correct it in the case first.</source>
      <translation>Kontaktuppgiften för vårdnadshavare %1 innehåller ett tecken som inte kan skickas (en radbrytning eller ett styr- eller riktningstecken): rätta den i ärendet först.</translation>
    </message>
    <message>
      <source>The contribution counts other categories than this version; both units need the same version of Utväg</source>
      <translation>Bidraget räknar andra kategorier än denna version; båda enheterna behöver samma version av Utväg</translation>
    </message>
    <message>
      <source>The contribution holds other tables than this version counts; both units need the same version of Utväg</source>
      <translation>Bidraget innehåller andra tabeller än denna version räknar; båda enheterna behöver samma version av Utväg</translation>
    </message>
    <message>
      <source>The contribution is addressed to a key of this vault that is not the city office's</source>
      <translation>Bidraget är adresserat till en nyckel i detta valv som inte är stadsledningskontorets</translation>
    </message>
    <message>
      <source>The contribution was made by a newer version of Utväg</source>
      <translation>Bidraget gjordes av en nyare version av Utväg</translation>
    </message>
    <message>
      <source>The contributions are for different years (%1); merge one year at a time. Nothing was merged.</source>
      <translation>Bidragen gäller olika år (%1); lägg samman ett år i taget. Ingenting lades samman.</translation>
    </message>
    <message>
      <source>The criteria must be assessed before a decision.</source>
      <translation>Kriterierna måste bedömas före beslut.</translation>
    </message>
    <message>
      <source>The date of birth is not a date.</source>
      <translation>Födelsedatumet är inget datum.</translation>
    </message>
    <message>
      <source>The day is before the date of birth.</source>
      <translation>Dagen ligger före födelsedatumet.</translation>
    </message>
    <message>
      <source>The days to wait for SAV's answer are 1 to 365.</source>
      <translation>Dagarna att vänta på SAV:s svar är 1 till 365.</translation>
    </message>
    <message>
      <source>The directory %1 does not exist.</source>
      <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
      <source>The draft belongs to another form or version.</source>
      <translation>Utkastet hör till ett annat formulär eller en annan version.</translation>
    </message>
    <message>
      <source>The draft has an unknown format.</source>
      <translation>Utkastet har ett okänt format.</translation>
    </message>
    <message>
      <source>The draft is malformed.</source>
      <translation>Utkastet är felaktigt.</translation>
    </message>
    <message>
      <source>The draft is not a wizard state.</source>
      <translation>Utkastet är inte ett sparat formulärläge.</translation>
    </message>
    <message>
      <source>The draft names an unknown step.</source>
      <translation>Utkastet anger ett okänt steg.</translation>
    </message>
    <message>
      <source>The entry %1 does not match the hash in the signed manifest</source>
      <translation>Posten %1 stämmer inte med kontrollsumman i den signerade innehållsförteckningen</translation>
    </message>
    <message>
      <source>The file is too large to be a %1</source>
      <translation>Filen är för stor för att vara en %1</translation>
    </message>
    <message>
      <source>The file is too large to be a key card</source>
      <translation>Filen är för stor för att vara ett nyckelkort</translation>
    </message>
    <message>
      <source>The fingerprint does not match the key card for %1; do not trust it</source>
      <translation>Fingeravtrycket stämmer inte med nyckelkortet för %1; lita inte på det</translation>
    </message>
    <message>
      <source>The fingerprint does not match the new key card of %1 in this rotation (old %2, new %3 as the file says); confirm the new fingerprint by phone, do not trust it otherwise.</source>
      <translation>Fingeravtrycket stämmer inte med %1s nya nyckelkort i det här nyckelbytet (gammalt %2, nytt %3 enligt filen); bekräfta det nya fingeravtrycket per telefon och lita inte på kortet annars.</translation>
    </message>
    <message>
      <source>The folder %1 does not exist; create it first.</source>
      <translation>Mappen %1 finns inte; skapa den först.</translation>
    </message>
    <message>
      <source>The form definition names an unknown evaluator.</source>
      <translation>Formulärdefinitionen anger en okänd utvärderare.</translation>
    </message>
    <message>
      <source>The form is already complete.</source>
      <translation>Formuläret är redan ifyllt.</translation>
    </message>
    <message>
      <source>The form is complete.</source>
      <translation>Formuläret är ifyllt.</translation>
    </message>
    <message>
      <source>The forms directory does not exist.</source>
      <translation>Mappen med formulär finns inte.</translation>
    </message>
    <message>
      <source>The justification needs text (at most %1 characters).</source>
      <translation>Motiveringen behöver text (högst %1 tecken).</translation>
    </message>
    <message>
      <source>The key card %1 (%2, %3) is not trusted here; confirm its fingerprint with the city office by phone and trust it first.</source>
      <translation>Nyckelkortet %1 (%2, %3) är inte betrott här; bekräfta dess fingeravtryck med stadsledningskontoret per telefon och lita på det först.</translation>
    </message>
    <message>
      <source>The key card file is too large to be a key card</source>
      <translation>Filen är för stor för att vara ett nyckelkort</translation>
    </message>
    <message>
      <source>The key card is damaged or not in the expected form</source>
      <translation>Nyckelkortet är skadat eller har inte väntad form</translation>
    </message>
    <message>
      <source>The key card is damaged: its fingerprint does not match its keys</source>
      <translation>Nyckelkortet är skadat: fingeravtrycket stämmer inte med nycklarna</translation>
    </message>
    <message>
      <source>The key card names a role this version does not know</source>
      <translation>Nyckelkortet anger en roll som den här versionen inte känner till</translation>
    </message>
    <message>
      <source>The key card names the unit %1, which is not one of %2.</source>
      <translation>Nyckelkortet anger enheten %1, som inte är någon av %2.</translation>
    </message>
    <message>
      <source>The key card of %1 is no longer trusted here.</source>
      <translation>Nyckelkortet för %1 är inte längre betrott här.</translation>
    </message>
    <message>
      <source>The key card uses a signature method this version does not know</source>
      <translation>Nyckelkortet använder en signaturmetod som den här versionen inte känner till</translation>
    </message>
    <message>
      <source>The key card uses an encryption method this version does not know</source>
      <translation>Nyckelkortet använder en krypteringsmetod som den här versionen inte känner till</translation>
    </message>
    <message>
      <source>The key card was made by a newer version of Utväg</source>
      <translation>Nyckelkortet är gjort av en nyare version av Utväg</translation>
    </message>
    <message>
      <source>The key file (vault.keys) is an older copy (key-slot generation %1; this vault is at %2): it was put back from a backup or another copy, and would let a passphrase changed since open the vault. The vault was not opened. Put back the current vault.keys, or restore the whole backup into a new folder.</source>
      <translation>Nyckelfilen (vault.keys) är en äldre kopia (nyckelplatsgeneration %1; valvet är på %2): den har lagts tillbaka från en säkerhetskopia eller en annan kopia och skulle låta en lösenfras som har bytts sedan dess öppna valvet. Valvet öppnades inte. Lägg tillbaka den aktuella vault.keys, eller återställ hela säkerhetskopian till en ny mapp.</translation>
    </message>
    <message>
      <source>The key file asks for key derivation with %1, far above what Utväg sets: the key file has been changed. Nothing was derived; put back the vault's own vault.keys or restore a backup.</source>
      <translation>Nyckelfilen begär nyckelhärledning med %1, långt över vad Utväg ställer in: nyckelfilen har ändrats. Inget härleddes; lägg tillbaka valvets egen vault.keys eller återställ en säkerhetskopia.</translation>
    </message>
    <message>
      <source>The key file has been changed since Utväg wrote it (vault.keys); the vault was not opened. Put back the vault's own vault.keys, or restore a backup into a new folder.</source>
      <translation>Nyckelfilen har ändrats sedan Utväg skrev den (vault.keys); valvet öppnades inte. Lägg tillbaka valvets egen vault.keys, eller återställ en säkerhetskopia till en ny mapp.</translation>
    </message>
    <message>
      <source>The key file's unfinished rekey record is damaged.</source>
      <translation>Nyckelfilens uppgift om en oavslutad omkryptering är skadad.</translation>
    </message>
    <message>
      <source>The key revocation must name different keys of one unit</source>
      <translation>Återkallelsen måste ange olika nycklar för en och samma enhet</translation>
    </message>
    <message>
      <source>The key rotation does not replace a unit's key by a new one</source>
      <translation>Nyckelbytet ersätter inte en enhets nyckel med en ny</translation>
    </message>
    <message>
      <source>The keyring's quick-unlock secret is damaged.</source>
      <translation>Nyckelringens hemlighet för snabbupplåsning är skadad.</translation>
    </message>
    <message>
      <source>The log review %1 was signed on %2.</source>
      <translation>Loggkontrollen %1 signerades %2.</translation>
    </message>
    <message>
      <source>The name of guardian %1 holds a character that cannot be sent (a line break or a control or direction character): correct it in the case first.</source>
      <translation>Namnet på vårdnadshavare %1 innehåller ett tecken som inte kan skickas (en radbrytning eller ett styr- eller riktningstecken): rätta det i ärendet först.</translation>
    </message>
    <message>
      <source>The note is already signed.</source>
      <translation>Anteckningen är redan signerad.</translation>
    </message>
    <message>
      <source>The organisation policy in %1 is malformed; ask your administrator.</source>
      <translation>Organisationens policy i %1 är felaktig; kontakta din administratör.</translation>
    </message>
    <message>
      <source>The organisation policy in the registry is malformed.</source>
      <translation>Organisationens policy i registret är felaktig.</translation>
    </message>
    <message>
      <source>The package claims to have been made on %1, which is in the future; check the clock of this computer and of the sender's</source>
      <translation>Paketet uppges vara gjort %1, vilket ligger i framtiden; kontrollera klockan på den här datorn och avsändarens</translation>
    </message>
    <message>
      <source>The package contents were not signed by the sender</source>
      <translation>Paketets innehåll är inte signerat av avsändaren</translation>
    </message>
    <message>
      <source>The package could not be decrypted with the key of %1</source>
      <translation>Paketet kunde inte dekrypteras med nyckeln för %1</translation>
    </message>
    <message>
      <source>The package does not hold a case</source>
      <translation>Paketet innehåller inget ärende</translation>
    </message>
    <message>
      <source>The package expired on %1</source>
      <translation>Paketet gick ut %1</translation>
    </message>
    <message>
      <source>The package expired on %1; ask the sending unit to resend the case as a new package.</source>
      <translation>Paketet gick ut %1; be den sändande enheten att skicka om ärendet som ett nytt paket.</translation>
    </message>
    <message>
      <source>The package file changed while it was being read</source>
      <translation>Paketfilen ändrades medan den lästes</translation>
    </message>
    <message>
      <source>The package has extra data after its end</source>
      <translation>Paketet har extra data efter slutet</translation>
    </message>
    <message>
      <source>The package has extra data after its last entry</source>
      <translation>Paketet har extra data efter sista posten</translation>
    </message>
    <message>
      <source>The package header is damaged</source>
      <translation>Paketets huvud är skadat</translation>
    </message>
    <message>
      <source>The package holds an assessment on form version %1, which this application does not know or whose rules it cannot check; nothing was imported</source>
      <translation>Paketet innehåller en bedömning på formulärversion %1, som det här programmet inte känner till eller vars regler det inte kan kontrollera; inget importerades</translation>
    </message>
    <message>
      <source>The package is larger than expected</source>
      <translation>Paketet är större än väntat</translation>
    </message>
    <message>
      <source>The package is of a kind this version does not know</source>
      <translation>Paketet är av ett slag som den här versionen inte känner till</translation>
    </message>
    <message>
      <source>The package is truncated</source>
      <translation>Paketet är avkortat</translation>
    </message>
    <message>
      <source>The package manifest is damaged or not in the expected form</source>
      <translation>Paketets innehållsförteckning är skadad eller har inte väntad form</translation>
    </message>
    <message>
      <source>The package manifest is larger than the format allows</source>
      <translation>Paketets innehållsförteckning är större än formatet tillåter</translation>
    </message>
    <message>
      <source>The package uses an encryption method this version does not know</source>
      <translation>Paketet använder en krypteringsmetod som den här versionen inte känner till</translation>
    </message>
    <message>
      <source>The package was changed after it was signed</source>
      <translation>Paketet har ändrats efter att det signerades</translation>
    </message>
    <message>
      <source>The package was made by a newer version of Utväg</source>
      <translation>Paketet är gjort av en nyare version av Utväg</translation>
    </message>
    <message>
      <source>The package's attachment list does not match its contents</source>
      <translation>Paketets förteckning över bilagor stämmer inte med innehållet</translation>
    </message>
    <message>
      <source>The package's contents do not match its envelope; it was altered</source>
      <translation>Paketets innehåll stämmer inte med dess kuvert; det har ändrats</translation>
    </message>
    <message>
      <source>The package's document is not valid (%1)</source>
      <translation>Paketets dokument är inte giltigt (%1)</translation>
    </message>
    <message>
      <source>The package's validity period is not allowed</source>
      <translation>Paketets giltighetstid är inte tillåten</translation>
    </message>
    <message>
      <source>The passphrase is too short: use at least %1 characters (a few unrelated words work well).</source>
      <translation>Lösenfrasen är för kort: använd minst %1 tecken (några ord utan samband fungerar bra).</translation>
    </message>
    <message>
      <source>The passphrase repeats too few characters to be safe.</source>
      <translation>Lösenfrasen består av för få olika tecken för att vara säker.</translation>
    </message>
    <message>
      <source>The person has a protected identity: the package would carry the name, identity number and address. Confirm that the receiving unit needs them (reveal the identity for the package); the reveal is logged.</source>
      <translation>Personen har skyddad identitet: paketet skulle innehålla namn, personnummer och adress. Bekräfta att mottagande enhet behöver dem (visa identiteten för paketet); visningen loggas.</translation>
    </message>
    <message>
      <source>The person is suspected of serious crime: the case is decided and takes long-term interventions only once the board and the Police have judged that the investigation continues.</source>
      <translation>Individen är misstänkt för allvarlig brottslighet: ärendet beslutas och får långsiktiga insatser först när nämnden och Polismyndigheten har bedömt att utredningen ska fortsätta.</translation>
    </message>
    <message>
      <source>The person of case %1 is 18 or older; guardians are recorded for a person under 18.</source>
      <translation>Personen i ärende %1 är 18 år eller äldre; vårdnadshavare registreras för den som är under 18 år.</translation>
    </message>
    <message>
      <source>The person was not under 18 on stated_on; positions of the young person and the guardians are recorded for a minor.</source>
      <translation>Personen var inte under 18 år på stated_on; den unges och vårdnadshavarnas ståndpunkter registreras för den som är under 18 år.</translation>
    </message>
    <message>
      <source>The person's belonging must be one of the four districts.</source>
      <translation>Personens tillhörighet måste vara ett av de fyra stadsområdena.</translation>
    </message>
    <message>
      <source>The person's name holds a character that cannot be sent (a line break or a control or direction character): correct it in the case first.</source>
      <translation>Personens namn innehåller ett tecken som inte kan skickas (en radbrytning eller ett styr- eller riktningstecken): rätta det i ärendet först.</translation>
    </message>
    <message>
      <source>The question holds a control or text-direction character: remove it (line breaks and tabs are kept).</source>
      <translation>Frågan innehåller ett styrtecken eller ett tecken som ändrar textriktningen: ta bort det (radbrytningar och tabbar behålls).</translation>
    </message>
    <message>
      <source>The question is one of %1.</source>
      <translation>Frågan är en av %1.</translation>
    </message>
    <message>
      <source>The question needs text (at most %1 characters).</source>
      <translation>Frågan behöver text (högst %1 tecken).</translation>
    </message>
    <message>
      <source>The quick-unlock secret in the system keyring does not open this vault.</source>
      <translation>Hemligheten för snabbupplåsning i systemets nyckelring öppnar inte det här valvet.</translation>
    </message>
    <message>
      <source>The reason is one of %1.</source>
      <translation>Skälet ska vara ett av %1.</translation>
    </message>
    <message>
      <source>The reason why guardian %1 may not be contacted holds a control or direction character that cannot be sent: correct it in the case first.</source>
      <translation>Skälet till att vårdnadshavare %1 inte får kontaktas innehåller ett styr- eller riktningstecken som inte kan skickas: rätta det i ärendet först.</translation>
    </message>
    <message>
      <source>The receipt of SAV's answer %1 could not be written to %2; it is kept in the vault: write it again to a file.</source>
      <translation>Kvittot för SAV:s svar %1 kunde inte skrivas till %2; det finns sparat i valvet: skriv det till en fil igen.</translation>
    </message>
    <message>
      <source>The receipt of consultation %1 could not be written to %2; it is kept in the vault: write it again to a file.</source>
      <translation>Kvittot för konsultation %1 kunde inte skrivas till %2; det finns sparat i valvet: skriv det till en fil igen.</translation>
    </message>
    <message>
      <source>The receipt of package %1 could not be written to %2; it is kept in the vault: write it again to a file.</source>
      <translation>Kvittot för paket %1 kunde inte skrivas till %2; det finns sparat i valvet: skriv det till en fil igen.</translation>
    </message>
    <message>
      <source>The receipt of package %1 could not be written; it is kept in the vault: write it again to a file.</source>
      <translation>Kvittot för paket %1 kunde inte skrivas; det finns sparat i valvet: skriv det till en fil igen.</translation>
    </message>
    <message>
      <source>The receipt was not signed by %1</source>
      <translation>Kvittot är inte signerat av %1</translation>
    </message>
    <message>
      <source>The recovery key has a typo (its checksum does not match).</source>
      <translation>Återställningsnyckeln har ett skrivfel (kontrollsumman stämmer inte).</translation>
    </message>
    <message>
      <source>The recovery key is not valid. Check it for typos.</source>
      <translation>Återställningsnyckeln är inte giltig. Kontrollera att den är rätt inskriven.</translation>
    </message>
    <message>
      <source>The rekeyed copy failed its integrity check; the vault is unchanged.</source>
      <translation>Den omkrypterade kopian klarade inte kontrollen; valvet är oförändrat.</translation>
    </message>
    <message>
      <source>The restored audit log does not verify: %1</source>
      <translation>Den återställda granskningsloggen går inte att verifiera: %1</translation>
    </message>
    <message>
      <source>The restored database failed its check: %1.</source>
      <translation>Den återställda databasen klarade inte kontrollen: %1.</translation>
    </message>
    <message>
      <source>The role city-office is for the %1 vault alone; %2's vault is a unit's, a caseworker's or a manager's.</source>
      <translation>Rollen city-office (stadsledningskontoret) är bara för valvet för %1; valvet för %2 är en enhets, en handläggares eller en enhetschefs.</translation>
    </message>
    <message>
      <source>The rotation is signed by a key that is refused: %1. Trust the unit's new card only after confirming it by phone, as a new card that unit exports.</source>
      <translation>Nyckelbytet är signerat med en nyckel som avvisas: %1. Lita på enhetens nya kort först efter att ha bekräftat det per telefon, som ett nytt kort som den enheten exporterar.</translation>
    </message>
    <message>
      <source>The rotation is signed by a key this vault has not trusted (%1, %2); ask %3 for its card and confirm its fingerprint by phone instead.</source>
      <translation>Nyckelbytet är signerat med en nyckel som valvet inte litar på (%1, %2); be %3 om dess kort och bekräfta fingeravtrycket per telefon i stället.</translation>
    </message>
    <message>
      <source>The sender's key is not trusted (fingerprint %1)</source>
      <translation>Avsändarens nyckel är inte betrodd (fingeravtryck %1)</translation>
    </message>
    <message>
      <source>The sender's key is refused: %1</source>
      <translation>Avsändarens nyckel avvisas: %1</translation>
    </message>
    <message>
      <source>The signed assessment found that the person does not meet the defector criteria: no long-term intervention is decided in the defector case, which is to be closed with that reason.</source>
      <translation>Den signerade bedömningen fann att personen inte uppfyller kriterierna för avhoppare: inga långsiktiga insatser beslutas i avhopparärendet, som ska avslutas med det skälet.</translation>
    </message>
    <message>
      <source>The statistics in the contribution are damaged: %1</source>
      <translation>Statistiken i bidraget är skadad: %1</translation>
    </message>
    <message>
      <source>The stored outcome is malformed.</source>
      <translation>Det sparade utfallet är felaktigt.</translation>
    </message>
    <message>
      <source>The stored unit identity is damaged</source>
      <translation>Den sparade enhetsidentiteten är skadad</translation>
    </message>
    <message>
      <source>The system keyring cannot be loaded (%1); quick unlock cannot be used here. Unlock with the passphrase, or ask your administrator.</source>
      <translation>Systemets nyckelring kan inte läsas in (%1); snabbupplåsning kan inte användas här. Lås upp med lösenfrasen, eller fråga din administratör.</translation>
    </message>
    <message>
      <source>The system keyring has no quick-unlock secret for this vault; use the passphrase.</source>
      <translation>Systemets nyckelring har ingen hemlighet för snabbupplåsning av det här valvet; använd lösenfrasen.</translation>
    </message>
    <message>
      <source>The system keyring refused to store the quick-unlock secret.</source>
      <translation>Systemets nyckelring vägrade spara hemligheten för snabbupplåsning.</translation>
    </message>
    <message>
      <source>The system keyring stores secrets unprotected; it is not used.</source>
      <translation>Systemets nyckelring sparar hemligheter oskyddade; den används inte.</translation>
    </message>
    <message>
      <source>The typed text could not be kept: it is not plain text.</source>
      <translation>Den skrivna texten kunde inte behållas: den är inte vanlig text.</translation>
    </message>
    <message>
      <source>The typed text is too long to keep.</source>
      <translation>Den skrivna texten är för lång för att behållas.</translation>
    </message>
    <message>
      <source>The unit's stored transfer key does not belong to this vault.</source>
      <translation>Enhetens sparade överföringsnyckel hör inte till det här valvet.</translation>
    </message>
    <message>
      <source>The unit's stored transfer key is damaged.</source>
      <translation>Enhetens sparade överföringsnyckel är skadad.</translation>
    </message>
    <message>
      <source>The vault database is damaged (a page failed its integrity check). Nothing was changed; restore from a backup or ask your administrator.</source>
      <translation>Valvets databas är skadad (en sida klarade inte kontrollen). Inget har ändrats; återställ från en säkerhetskopia eller kontakta din administratör.</translation>
    </message>
    <message>
      <source>The vault database is damaged: some of its pages fail their authentication check. Restore the latest backup with 'utvag restore'.</source>
      <translation>Valvets databas är skadad: några sidor klarar inte äkthetskontrollen. Återställ den senaste säkerhetskopian med 'utvag restore'.</translation>
    </message>
    <message>
      <source>The vault database opens with neither the old nor the new key.</source>
      <translation>Valvets databas öppnas varken med den gamla eller den nya nyckeln.</translation>
    </message>
    <message>
      <source>The vault has been rolled back: its audit log ends at row %1, but row %2 was recorded outside the vault folder (system keyring). An earlier copy of the vault, or of its database without the -wal file, was put back, and audited reads may have been erased. This is recorded in the audit log; tell your security contact. The next unlock opens the vault as it is.</source>
      <translation>Valvet har rullats tillbaka: dess granskningslogg slutar på rad %1, men rad %2 har registrerats utanför valvmappen (systemets nyckelring). En tidigare kopia av valvet, eller av dess databas utan -wal-filen, har lagts tillbaka, och loggade läsningar kan ha raderats. Detta är antecknat i granskningsloggen; kontakta din säkerhetsansvarige. Nästa upplåsning öppnar valvet som det är.</translation>
    </message>
    <message>
      <source>The vault is locked.</source>
      <translation>Valvet är låst.</translation>
    </message>
    <message>
      <source>The vault is open elsewhere (another Utväg window or command). Close it there first.</source>
      <translation>Valvet är öppet någon annanstans (ett annat Utväg-fönster eller kommando). Stäng det där först.</translation>
    </message>
    <message>
      <source>The year must be a four-digit year.</source>
      <translation>Året måste anges med fyra siffror.</translation>
    </message>
    <message>
      <source>There is already a vault in %1.</source>
      <translation>Det finns redan ett valv i %1.</translation>
    </message>
    <message>
      <source>There is no %1 %2.</source>
      <translation>Det finns ingen %1 %2.</translation>
    </message>
    <message>
      <source>There is no %1 record %2.</source>
      <translation>Det finns ingen post %2 av typen %1.</translation>
    </message>
    <message>
      <source>There is no active legal hold %1.</source>
      <translation>Det finns inget gällande bevarandebeslut %1.</translation>
    </message>
    <message>
      <source>There is no assessment %1.</source>
      <translation>Det finns ingen bedömning %1.</translation>
    </message>
    <message>
      <source>There is no attachment %1 on this case.</source>
      <translation>Det finns ingen bilaga %1 i ärendet.</translation>
    </message>
    <message>
      <source>There is no backup file at %1.</source>
      <translation>Det finns ingen säkerhetskopia på %1.</translation>
    </message>
    <message>
      <source>There is no case with id %1.</source>
      <translation>Det finns inget ärende med id %1.</translation>
    </message>
    <message>
      <source>There is no case with number %1.</source>
      <translation>Det finns inget ärende med nummer %1.</translation>
    </message>
    <message>
      <source>There is no concern report %1.</source>
      <translation>Det finns ingen orosanmälan %1.</translation>
    </message>
    <message>
      <source>There is no custody record %1.</source>
      <translation>Det finns ingen registrerad vistelse %1.</translation>
    </message>
    <message>
      <source>There is no guardian %1 on this case.</source>
      <translation>Det finns ingen vårdnadshavare %1 i ärendet.</translation>
    </message>
    <message>
      <source>There is no guardian %1.</source>
      <translation>Det finns ingen vårdnadshavare %1.</translation>
    </message>
    <message>
      <source>There is no incident %1.</source>
      <translation>Det finns ingen händelse %1.</translation>
    </message>
    <message>
      <source>There is no incident at the unit %1.</source>
      <translation>Det finns ingen händelse %1 på enheten.</translation>
    </message>
    <message>
      <source>There is no intervention with id %1.</source>
      <translation>Det finns ingen insats med id %1.</translation>
    </message>
    <message>
      <source>There is no need with id %1.</source>
      <translation>Det finns inget behov med id %1.</translation>
    </message>
    <message>
      <source>There is no note %1 on this case.</source>
      <translation>Det finns ingen anteckning %1 i ärendet.</translation>
    </message>
    <message>
      <source>There is no previous step.</source>
      <translation>Det finns inget föregående steg.</translation>
    </message>
    <message>
      <source>There is no received log review %1.</source>
      <translation>Det finns ingen mottagen loggkontroll %1.</translation>
    </message>
    <message>
      <source>There is no risk assessment %1.</source>
      <translation>Det finns ingen riskbedömning %1.</translation>
    </message>
    <message>
      <source>There is no threat-assessment request %1.</source>
      <translation>Det finns ingen begäran om hotbildsbedömning %1.</translation>
    </message>
    <message>
      <source>There is no vault at %1. Create one with 'utvag init'.</source>
      <translation>Det finns inget valv på %1. Skapa ett med 'utvag init'.</translation>
    </message>
    <message>
      <source>There is nothing to add up.</source>
      <translation>Det finns inget att lägga samman.</translation>
    </message>
    <message>
      <source>This answer comes from %1, but the consultation was sent to %2</source>
      <translation>Svaret kommer från %1, men konsultationen skickades till %2</translation>
    </message>
    <message>
      <source>This answer does not match the consultation that was sent</source>
      <translation>Svaret stämmer inte med konsultationen som skickades</translation>
    </message>
    <message>
      <source>This answer is for a consultation that %1 did not send</source>
      <translation>Svaret gäller en konsultation som %1 inte har skickat</translation>
    </message>
    <message>
      <source>This card cannot be trusted: %1.</source>
      <translation>Det här kortet kan inte betros: %1.</translation>
    </message>
    <message>
      <source>This consultation has already been answered (package %1)</source>
      <translation>Konsultationen är redan besvarad (paket %1)</translation>
    </message>
    <message>
      <source>This file is a case package, not a receipt</source>
      <translation>Filen är ett ärendepaket, inte ett kvitto</translation>
    </message>
    <message>
      <source>This file is a consultation answer, not a case package</source>
      <translation>Filen är ett svar på en konsultation, inte ett ärendepaket</translation>
    </message>
    <message>
      <source>This file is a consultation answer, not a consultation</source>
      <translation>Filen är ett svar på en konsultation, inte en konsultation</translation>
    </message>
    <message>
      <source>This file is a consultation, not a case package</source>
      <translation>Filen är en konsultation, inte ett ärendepaket</translation>
    </message>
    <message>
      <source>This file is a consultation, not a consultation answer</source>
      <translation>Filen är en konsultation, inte ett svar på en konsultation</translation>
    </message>
    <message>
      <source>This file is a package of another kind than the one expected here</source>
      <translation>Filen är ett paket av ett annat slag än det som väntas här</translation>
    </message>
    <message>
      <source>This file is a package of another kind, not a case package</source>
      <translation>Filen är ett paket av ett annat slag, inte ett ärendepaket</translation>
    </message>
    <message>
      <source>This file is a receipt, not a case package</source>
      <translation>Filen är ett kvitto, inte ett ärendepaket</translation>
    </message>
    <message>
      <source>This file is a statistics contribution, not a case package</source>
      <translation>Filen är ett statistikbidrag, inte ett ärendepaket</translation>
    </message>
    <message>
      <source>This file is not a consultation</source>
      <translation>Filen är inte en konsultation</translation>
    </message>
    <message>
      <source>This file is not a consultation answer</source>
      <translation>Filen är inte ett svar på en konsultation</translation>
    </message>
    <message>
      <source>This file is not a receipt</source>
      <translation>Filen är inte ett kvitto</translation>
    </message>
    <message>
      <source>This file is not a statistics contribution</source>
      <translation>Filen är inte ett statistikbidrag</translation>
    </message>
    <message>
      <source>This file is not an Utväg %1</source>
      <translation>Filen är inte en %1 från Utväg</translation>
    </message>
    <message>
      <source>This file is not an Utväg key card</source>
      <translation>Filen är inte ett nyckelkort från Utväg</translation>
    </message>
    <message>
      <source>This file is not an Utväg transfer package</source>
      <translation>Filen är inte ett överföringspaket från Utväg</translation>
    </message>
    <message>
      <source>This guardian may not be contacted; record their position as not asked.</source>
      <translation>Vårdnadshavaren får inte kontaktas; registrera ståndpunkten som inte tillfrågad.</translation>
    </message>
    <message>
      <source>This handover is for another caseworker's vault; only a caseworker's own vault takes over a colleague's case</source>
      <translation>Det här överlämnandet gäller en annan handläggares valv; bara en handläggares eget valv tar över en kollegas ärende</translation>
    </message>
    <message>
      <source>This is a card of this vault's own unit; it is not trusted as another unit's.</source>
      <translation>Det här är ett kort för valvets egen enhet; det betros inte som en annan enhets.</translation>
    </message>
    <message>
      <source>This is not a Utväg backup, or it is damaged or truncated.</source>
      <translation>Det här är inte en säkerhetskopia från Utväg, eller så är den skadad eller avkortad.</translation>
    </message>
    <message>
      <source>This is not a Utväg vault database, or it is damaged: it cannot be read with the vault's key.</source>
      <translation>Det här är inte en valvdatabas från Utväg, eller så är den skadad: den kan inte läsas med valvets nyckel.</translation>
    </message>
    <message>
      <source>This is not a Utväg vault: its key file is missing, damaged or from another program.</source>
      <translation>Det här är inte ett valv från Utväg: nyckelfilen saknas, är skadad eller kommer från ett annat program.</translation>
    </message>
    <message>
      <source>This package from %1 is older than one already imported (number %2, last imported %3); ask %4 to resend it</source>
      <translation>Paketet från %1 är äldre än ett som redan har importerats (nummer %2, senast importerat %3); be %4 att skicka om det</translation>
    </message>
    <message>
      <source>This package has already been imported</source>
      <translation>Paketet har redan tagits emot</translation>
    </message>
    <message>
      <source>This package is for %1, not for %2</source>
      <translation>Paketet är till %1, inte till %2</translation>
    </message>
    <message>
      <source>This package replaces package %1, which was already imported here; nothing was imported</source>
      <translation>Paketet ersätter paket %1, som redan har importerats här; inget importerades</translation>
    </message>
    <message>
      <source>This receipt comes from %1, but the package was sent to %2</source>
      <translation>Kvittot kommer från %1, men paketet skickades till %2</translation>
    </message>
    <message>
      <source>This receipt does not match the package that was sent</source>
      <translation>Kvittot stämmer inte med paketet som skickades</translation>
    </message>
    <message>
      <source>This receipt from %1 does not match any package awaiting a receipt</source>
      <translation>Kvittot från %1 stämmer inte med något paket som väntar på kvitto</translation>
    </message>
    <message>
      <source>This receipt is for a package that %1 did not send</source>
      <translation>Kvittot gäller ett paket som %1 inte skickade</translation>
    </message>
    <message>
      <source>This revocation is for a key of this vault's own unit; revoke the unit's own key instead.</source>
      <translation>Återkallelsen gäller en nyckel som tillhör valvets egen enhet; återkalla enhetens egen nyckel i stället.</translation>
    </message>
    <message>
      <source>This vault already has its transfer key, and a key's role never changes; create a new vault for another role.</source>
      <translation>Valvet har redan sin överföringsnyckel, och en nyckels roll ändras aldrig; skapa ett nytt valv för en annan roll.</translation>
    </message>
    <message>
      <source>This vault has no transfer key yet (showing the unit's own key card makes one); there is nothing to rotate or revoke.</source>
      <translation>Valvet har ännu ingen överflyttningsnyckel (den skapas när enhetens eget nyckelkort visas); det finns inget att byta eller återkalla.</translation>
    </message>
    <message>
      <source>This vault has no transfer key yet, so no package can be addressed to {}</source>
      <translation>Valvet har ännu ingen överflyttningsnyckel, så inget paket kan vara adresserat till {}</translation>
    </message>
    <message>
      <source>This vault holds no receipt for package %1 (imported here with this version of Utväg).</source>
      <translation>Valvet har inget kvitto för paket %1 (importerat här med den här versionen av Utväg).</translation>
    </message>
    <message>
      <source>This vault no longer trusts a key card for %1.</source>
      <translation>Valvet litar inte längre på något nyckelkort för %1.</translation>
    </message>
    <message>
      <source>This vault no longer trusts a key card of %1.</source>
      <translation>Valvet litar inte längre på något nyckelkort för %1.</translation>
    </message>
    <message>
      <source>This vault no longer trusts the caseworker's key card.</source>
      <translation>Valvet litar inte längre på handläggarens nyckelkort.</translation>
    </message>
    <message>
      <source>This vault sent no case package with id %1.</source>
      <translation>Valvet har inte skickat något ärendepaket med id %1.</translation>
    </message>
    <message>
      <source>This vault trusts no key card for %1: exchange key cards, confirm the fingerprint by phone and trust the card first.</source>
      <translation>Valvet litar inte på något nyckelkort för %1: byt nyckelkort, bekräfta fingeravtrycket per telefon och lita på kortet först.</translation>
    </message>
    <message>
      <source>This vault trusts no key card of a caseworker %1 at %2: exchange person cards, confirm the fingerprint by phone and trust the card first.</source>
      <translation>Valvet litar inte på något nyckelkort för en handläggare %1 i %2: byt personliga kort, bekräfta fingeravtrycket per telefon och lita på kortet först.</translation>
    </message>
    <message>
      <source>This vault trusts no key card of the unit manager (or more than one; name the manager): exchange cards with the manager and confirm the fingerprint by phone first.</source>
      <translation>Valvet litar inte på något nyckelkort för enhetschefen (eller på flera; ange chefen): byt kort med chefen och bekräfta fingeravtrycket per telefon först.</translation>
    </message>
    <message>
      <source>This vault was written by a newer Utväg (schema %1; this one knows %2). Update Utväg before opening it.</source>
      <translation>Valvet är skrivet av en nyare version av Utväg (schema %1; den här känner till %2). Uppdatera Utväg innan du öppnar det.</translation>
    </message>
    <message>
      <source>This vault's role is %1; a package of this kind is for a vault with the role %2</source>
      <translation>Valvets roll är %1; ett paket av det här slaget är till för ett valv med rollen %2</translation>
    </message>
    <message>
      <source>This was addressed to a key this unit has revoked: %1; ask the sender to trust the unit's new card and send it again</source>
      <translation>Det här var adresserat till en nyckel som enheten har återkallat: %1; be avsändaren lita på enhetens nya kort och skicka igen</translation>
    </message>
    <message>
      <source>Unknown form.</source>
      <translation>Okänt formulär.</translation>
    </message>
    <message>
      <source>Unknown format %1; choose json or csv.</source>
      <translation>Okänt format %1; välj json eller csv.</translation>
    </message>
    <message>
      <source>Unknown role %1; choose one of %2.</source>
      <translation>Okänd roll %1; välj en av %2.</translation>
    </message>
    <message>
      <source>Unknown unit %1; choose one of %2.</source>
      <translation>Okänd enhet %1; välj en av %2.</translation>
    </message>
    <message>
      <source>Unknown version of form %1; known: %2.</source>
      <translation>Okänd version av formulär %1; kända: %2.</translation>
    </message>
    <message>
      <source>Unlock with exactly one of passphrase, recovery key or keyring.</source>
      <translation>Lås upp med exakt ett av lösenfras, återställningsnyckel eller nyckelring.</translation>
    </message>
    <message>
      <source>Utväg audit head</source>
      <translation>Utvägs granskningslogg (senaste rad)</translation>
    </message>
    <message>
      <source>Utväg vault</source>
      <translation>Utvägs valv</translation>
    </message>
    <message>
      <source>What is due changed since the preview; preview again.</source>
      <translation>Det som ska gallras har ändrats sedan förhandsgranskningen; förhandsgranska igen.</translation>
    </message>
    <message>
      <source>Without a consent covering SAV the consultation carries de-identified facts only; a question in words may identify the person, so it cannot be sent. Leave the question text out.</source>
      <translation>Utan ett samtycke som omfattar SAV innehåller konsultationen endast avidentifierade uppgifter; en fråga i fritext kan röja personen och kan därför inte skickas. Utelämna frågetexten.</translation>
    </message>
    <message>
      <source>a choice field needs a non-empty list of choices</source>
      <translation>ett valfält behöver en lista med val</translation>
    </message>
    <message>
      <source>a concern report names its child (a new child, person_id or the child's case)</source>
      <translation>en orosanmälan anger sitt barn (ett nytt barn, person_id eller barnets ärende)</translation>
    </message>
    <message>
      <source>a fact is filled in by the application: it is neither required nor conditional</source>
      <translation>ett faktum fylls i av programmet: det är varken obligatoriskt eller villkorat</translation>
    </message>
    <message>
      <source>a note needs text (at most %1 characters)</source>
      <translation>en anteckning behöver text (högst %1 tecken)</translation>
    </message>
    <message>
      <source>acknowledge_protected: the person in this case has a protected identity; confirm that the disclosure has been weighed against the protection before recording it.</source>
      <translation>Personen i ärendet har skyddad identitet; bekräfta att utlämnandet har vägts mot skyddet innan det registreras.</translation>
    </message>
    <message>
      <source>an attachment needs a file name</source>
      <translation>en bilaga behöver ett filnamn</translation>
    </message>
    <message>
      <source>answered_on must not be in the future.</source>
      <translation>answered_on får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>answers must be an object of field ids.</source>
      <translation>Svaren måste vara ett objekt med fält-id:n.</translation>
    </message>
    <message>
      <source>applies to defector cases only.</source>
      <translation>gäller bara avhopparärenden.</translation>
    </message>
    <message>
      <source>attachment_ids belong to a case: record the incident in the case.</source>
      <translation>attachment_ids: bilagor hör till ett ärende – registrera händelsen i ärendet.</translation>
    </message>
    <message>
      <source>attachment_ids must be a list of attachment ids.</source>
      <translation>Bilagorna måste anges som en lista med bilage-id:n.</translation>
    </message>
    <message>
      <source>belong to a case: record the incident in the case</source>
      <translation>hör till ett ärende: registrera händelsen i ärendet</translation>
    </message>
    <message>
      <source>case_number: there is no case %1 in this vault</source>
      <translation>Ärendenummer: det finns inget ärende %1 i valvet</translation>
    </message>
    <message>
      <source>comment: is required (at most %1 characters)</source>
      <translation>Kommentar: krävs (högst %1 tecken)</translation>
    </message>
    <message>
      <source>concern_conversation.held_on must not be before the report was received.</source>
      <translation>Samtalets datum får inte vara före det att anmälan kom in.</translation>
    </message>
    <message>
      <source>concern_conversation.held_on must not be in the future.</source>
      <translation>Samtalets datum får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>concern_conversation.with_whom must name at least one participant.</source>
      <translation>Ange minst en som deltog i samtalet.</translation>
    </message>
    <message>
      <source>concern_conversation.with_whom names a participant twice.</source>
      <translation>Samma deltagare är angiven två gånger.</translation>
    </message>
    <message>
      <source>concern_report.received_at is required.</source>
      <translation>Orosanmälan: ange när anmälan kom in.</translation>
    </message>
    <message>
      <source>consent.authorities must name at least one authority.</source>
      <translation>Samtycket måste ange minst en myndighet.</translation>
    </message>
    <message>
      <source>consent.withdrawn_by is required when the consent is withdrawn.</source>
      <translation>Ange vem som återkallade samtycket.</translation>
    </message>
    <message>
      <source>custody.kind must be prison or closed_youth_care.</source>
      <translation>custody.kind måste vara prison (fängelse) eller closed_youth_care (sluten ungdomsvård).</translation>
    </message>
    <message>
      <source>decision is required before the assessment is signed.</source>
      <translation>Ett beslut måste anges innan bedömningen signeras.</translation>
    </message>
    <message>
      <source>decision must be a known decision.</source>
      <translation>Beslutet måste vara ett av de angivna.</translation>
    </message>
    <message>
      <source>disclosed_at: a disclosure cannot be recorded before it happens.</source>
      <translation>Utlämnandedatum: ett utlämnande kan inte registreras innan det har skett.</translation>
    </message>
    <message>
      <source>does not contain a real date of birth</source>
      <translation>innehåller inte ett verkligt födelsedatum</translation>
    </message>
    <message>
      <source>duplicate field id %1</source>
      <translation>fält-id %1 förekommer två gånger</translation>
    </message>
    <message>
      <source>each must be one of %1</source>
      <translation>var och en måste vara en av %1</translation>
    </message>
    <message>
      <source>form must name a form.</source>
      <translation>Ett formulär måste anges.</translation>
    </message>
    <message>
      <source>form_id and version must match the path</source>
      <translation>formulär-id och version måste stämma med sökvägen</translation>
    </message>
    <message>
      <source>give either a new child or person_id, not both</source>
      <translation>ange antingen ett nytt barn eller person_id, inte båda</translation>
    </message>
    <message>
      <source>give either a new person, person_id or case_id</source>
      <translation>ange antingen en ny person, person_id eller case_id</translation>
    </message>
    <message>
      <source>goes with the outcome threat_raised or threat_lowered</source>
      <translation>hör till utfallet threat_raised (höjd hotbild) eller threat_lowered (sänkt hotbild)</translation>
    </message>
    <message>
      <source>grounds must name at least one ground.</source>
      <translation>Ange minst en grund.</translation>
    </message>
    <message>
      <source>guardian.contact: must be one line without control or text-direction characters</source>
      <translation>Vårdnadshavarens kontaktuppgift måste vara en rad utan styrtecken eller tecken som ändrar textriktningen</translation>
    </message>
    <message>
      <source>guardian.name: must be one line without control or text-direction characters</source>
      <translation>Vårdnadshavarens namn måste vara en rad utan styrtecken eller tecken som ändrar textriktningen</translation>
    </message>
    <message>
      <source>guardian.no_contact_reason is required when the guardian may not be contacted.</source>
      <translation>guardian.no_contact_reason krävs när vårdnadshavaren inte får kontaktas.</translation>
    </message>
    <message>
      <source>guardian.no_contact_reason: must hold no control or text-direction characters</source>
      <translation>Skälet till att vårdnadshavaren inte får kontaktas får inte innehålla styrtecken eller tecken som ändrar textriktningen</translation>
    </message>
    <message>
      <source>has '+', which is only used from the year a person turns 100</source>
      <translation>har '+', som bara används från det år personen fyller 100</translation>
    </message>
    <message>
      <source>has a date of birth in the future</source>
      <translation>har ett födelsedatum i framtiden</translation>
    </message>
    <message>
      <source>has a wrong check digit (the last digit)</source>
      <translation>har fel kontrollsiffra (den sista siffran)</translation>
    </message>
    <message>
      <source>identity_revealed: identity data left, so the categories must include 'person'.</source>
      <translation>Identitetsuppgifter lämnades ut, så kategorierna måste omfatta personuppgifter.</translation>
    </message>
    <message>
      <source>incident must be an incident.</source>
      <translation>incident: måste vara en händelse.</translation>
    </message>
    <message>
      <source>input: must be a JSON object</source>
      <translation>input: måste vara ett JSON-objekt</translation>
    </message>
    <message>
      <source>is SAV's: only SAV decides whether a defector is a special defector.</source>
      <translation>är SAV:s: bara SAV avgör om en avhoppare är särskild avhoppare.</translation>
    </message>
    <message>
      <source>is longer than %1 characters.</source>
      <translation>är längre än %1 tecken.</translation>
    </message>
    <message>
      <source>is needed: SAV decides on a signed assessment.</source>
      <translation>behövs: SAV beslutar utifrån en signerad bedömning.</translation>
    </message>
    <message>
      <source>is not a known field</source>
      <translation>är inte ett känt fält</translation>
    </message>
    <message>
      <source>is required</source>
      <translation>krävs</translation>
    </message>
    <message>
      <source>is required (1 to %1 characters)</source>
      <translation>krävs (1 till %1 tecken)</translation>
    </message>
    <message>
      <source>is required (YYYY-MM-DD)</source>
      <translation>krävs (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
      <source>is required (YYYY-MM-DDTHH:MM)</source>
      <translation>krävs (ÅÅÅÅ-MM-DDTTT:MM)</translation>
    </message>
    <message>
      <source>is required when the follow-up changed the threat</source>
      <translation>krävs när uppföljningen ändrade hotbilden</translation>
    </message>
    <message>
      <source>is required when there is no Swedish identity number</source>
      <translation>krävs när det inte finns något svenskt personnummer</translation>
    </message>
    <message>
      <source>is required.</source>
      <translation>måste anges.</translation>
    </message>
    <message>
      <source>keeping a person apart needs a reason</source>
      <translation>att hålla isär personer kräver ett skäl</translation>
    </message>
    <message>
      <source>kind must be a known ground.</source>
      <translation>Grunden måste vara en av de angivna.</translation>
    </message>
    <message>
      <source>kind must be a known kind of conflict.</source>
      <translation>Jävet måste vara av ett angivet slag.</translation>
    </message>
    <message>
      <source>kind must name what the text was typed in (1 to %1 characters).</source>
      <translation>kind måste ange var texten skrevs (1 till %1 tecken).</translation>
    </message>
    <message>
      <source>legal grounds: %1 %2</source>
      <translation>rättsliga grunder: %1 %2</translation>
    </message>
    <message>
      <source>legal_ground: the ground %1 must be stated in words.</source>
      <translation>Rättslig grund: grunden %1 måste beskrivas i ord.</translation>
    </message>
    <message>
      <source>legal_ref: no consent covering another social-services board is recorded on the case's assessment (or it was withdrawn).</source>
      <translation>Rättslig grund: inget samtycke som omfattar en annan socialnämnd finns registrerat i ärendets bedömning (eller så har det återkallats).</translation>
    </message>
    <message>
      <source>legal_ref: no consent is recorded on the case's signed assessment for that day; record the consent or choose another legal ground.</source>
      <translation>Rättslig grund: inget samtycke finns registrerat i ärendets signerade bedömning för den dagen; registrera samtycket eller välj en annan rättslig grund.</translation>
    </message>
    <message>
      <source>legal_ref: the consent does not cover %1 (%2); choose another legal ground.</source>
      <translation>Rättslig grund: samtycket omfattar inte %1; välj en annan rättslig grund.</translation>
    </message>
    <message>
      <source>legal_ref: the consent has been withdrawn; nothing may be disclosed on it. Choose another legal ground.</source>
      <translation>Rättslig grund: samtycket har återkallats; inget får lämnas ut med stöd av det. Välj en annan rättslig grund.</translation>
    </message>
    <message>
      <source>legal_ref: the ground %1 applies only to a person under %2; the person in this case was older on the day of the disclosure.</source>
      <translation>Rättslig grund: grunden %1 gäller bara en person under %2; personen i ärendet var äldre den dag uppgifterna lämnades ut.</translation>
    </message>
    <message>
      <source>legal_ref: the ground %1 does not allow information to leave to %2; it allows only %3. Choose another legal ground.</source>
      <translation>Rättslig grund: grunden %1 medger inte att uppgifter lämnas till %2; den gäller bara %3. Välj en annan rättslig grund.</translation>
    </message>
    <message>
      <source>legal_ref: unknown legal reference; choose one of %1.</source>
      <translation>Rättslig grund: okänd rättslig grund; välj en av %1.</translation>
    </message>
    <message>
      <source>link_person is 'link', 'separate' or not given.</source>
      <translation>Koppling till person anges som 'link', 'separate' eller inte alls.</translation>
    </message>
    <message>
      <source>milieu.judged_by and milieu.judged_on go together.</source>
      <translation>Miljö: vem som bedömt och när anges tillsammans.</translation>
    </message>
    <message>
      <source>minor.lvu_note is required: say what the consideration of LVU found, or why it was not considered.</source>
      <translation>minor.lvu_note krävs: ange vad övervägandet om LVU kom fram till, eller varför det inte gjordes.</translation>
    </message>
    <message>
      <source>minor.no_conversation_reason is required: a conversation with the young person and the guardians is left out only in exceptional cases, and the reason is recorded.</source>
      <translation>minor.no_conversation_reason krävs: samtal med den unge och vårdnadshavarna utelämnas bara i undantagsfall, och skälet dokumenteras.</translation>
    </message>
    <message>
      <source>missing %1</source>
      <translation>%1 saknas</translation>
    </message>
    <message>
      <source>mitigations must be a list of measures.</source>
      <translation>Åtgärderna måste anges som en lista.</translation>
    </message>
    <message>
      <source>mitigations must name known measures.</source>
      <translation>Åtgärderna måste vara bland de angivna.</translation>
    </message>
    <message>
      <source>mitigations names a measure twice.</source>
      <translation>Samma åtgärd anges två gånger.</translation>
    </message>
    <message>
      <source>mitigations: proceeding with mitigations needs at least one chosen measure.</source>
      <translation>Åtgärder: att gå vidare med åtgärder kräver minst en vald åtgärd.</translation>
    </message>
    <message>
      <source>must be %1</source>
      <translation>måste vara %1</translation>
    </message>
    <message>
      <source>must be 10 or 12 digits</source>
      <translation>måste ha 10 eller 12 siffror</translation>
    </message>
    <message>
      <source>must be 10 or 12 digits, with an optional '-' or '+' before the last four</source>
      <translation>måste ha 10 eller 12 siffror, med '-' eller '+' före de fyra sista om du vill</translation>
    </message>
    <message>
      <source>must be a JSON object</source>
      <translation>måste vara ett JSON-objekt</translation>
    </message>
    <message>
      <source>must be a case id</source>
      <translation>måste vara ett ärendes id</translation>
    </message>
    <message>
      <source>must be a date and time as YYYY-MM-DDTHH:MM</source>
      <translation>måste vara datum och tid som ÅÅÅÅ-MM-DDTTT:MM</translation>
    </message>
    <message>
      <source>must be a date as YYYY-MM-DD</source>
      <translation>måste vara ett datum som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <source>must be a district board (SAV handles no relatives' cases)</source>
      <translation>måste vara en stadsområdesnämnd (SAV handlägger inte anhörigas ärenden)</translation>
    </message>
    <message>
      <source>must be a list</source>
      <translation>måste vara en lista</translation>
    </message>
    <message>
      <source>must be a list of intervention ids</source>
      <translation>måste vara en lista med insatsers id</translation>
    </message>
    <message>
      <source>must be a list of record ids</source>
      <translation>måste vara en lista med id för poster</translation>
    </message>
    <message>
      <source>must be a non-empty list</source>
      <translation>måste vara en lista som inte är tom</translation>
    </message>
    <message>
      <source>must be a number</source>
      <translation>måste vara ett tal</translation>
    </message>
    <message>
      <source>must be a past date as YYYY-MM-DD</source>
      <translation>måste vara ett passerat datum som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <source>must be a positive whole number</source>
      <translation>måste vara ett positivt heltal</translation>
    </message>
    <message>
      <source>must be a simple identifier</source>
      <translation>måste vara en enkel identifierare</translation>
    </message>
    <message>
      <source>must be a value the referenced field can take</source>
      <translation>måste vara ett värde som det angivna fältet kan ha</translation>
    </message>
    <message>
      <source>must be a whole number from 1</source>
      <translation>måste vara ett heltal från 1</translation>
    </message>
    <message>
      <source>must be an object</source>
      <translation>måste vara ett objekt</translation>
    </message>
    <message>
      <source>must be an object with at least a name</source>
      <translation>måste vara ett objekt med åtminstone ett namn</translation>
    </message>
    <message>
      <source>must be at most %1 characters.</source>
      <translation>får vara högst %1 tecken.</translation>
    </message>
    <message>
      <source>must be confirmed or not_special.</source>
      <translation>måste vara bekräftad eller inte särskild.</translation>
    </message>
    <message>
      <source>must be granted or refused.</source>
      <translation>måste vara beviljat eller avslaget.</translation>
    </message>
    <message>
      <source>must be known (the person's district or a signed assessment) before SAV decides.</source>
      <translation>måste vara känd (personens stadsområde eller en signerad bedömning) innan SAV beslutar.</translation>
    </message>
    <message>
      <source>must be lower-case letters, digits and '-'</source>
      <translation>får bara innehålla gemener, siffror och '-'</translation>
    </message>
    <message>
      <source>must be lower-case letters, digits and '_'</source>
      <translation>får bara innehålla gemener, siffror och '_'</translation>
    </message>
    <message>
      <source>must be non-empty text</source>
      <translation>måste vara en text som inte är tom</translation>
    </message>
    <message>
      <source>must be one line without control or text-direction characters</source>
      <translation>måste vara en rad utan styrtecken eller tecken som ändrar textriktningen</translation>
    </message>
    <message>
      <source>must be one line, with no control or text-direction characters.</source>
      <translation>ska vara en rad, utan styrtecken eller tecken som ändrar textriktningen.</translation>
    </message>
    <message>
      <source>must be one of %1</source>
      <translation>måste vara en av %1</translation>
    </message>
    <message>
      <source>must be planning, released or expected</source>
      <translation>måste vara planning, released eller expected</translation>
    </message>
    <message>
      <source>must be protection or preliminary</source>
      <translation>måste vara skydd eller preliminär</translation>
    </message>
    <message>
      <source>must be short text</source>
      <translation>måste vara en kort text</translation>
    </message>
    <message>
      <source>must be text</source>
      <translation>måste vara text</translation>
    </message>
    <message>
      <source>must be text of at most %1 characters</source>
      <translation>måste vara en text på högst %1 tecken</translation>
    </message>
    <message>
      <source>must be text.</source>
      <translation>måste vara text.</translation>
    </message>
    <message>
      <source>must be the id of an intervention</source>
      <translation>måste vara en insats id</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>måste vara ja eller nej</translation>
    </message>
    <message>
      <source>must be {chosen, comment}</source>
      <translation>måste vara {vald, kommentar}</translation>
    </message>
    <message>
      <source>must describe the path to the responsible unit</source>
      <translation>måste beskriva vägen till den ansvariga verksamheten</translation>
    </message>
    <message>
      <source>must hold no control or text-direction characters (line breaks and tabs are kept).</source>
      <translation>får inte innehålla styrtecken eller tecken som ändrar textriktningen (radbrytningar och tabbar behålls).</translation>
    </message>
    <message>
      <source>must list choices of the referenced choice field</source>
      <translation>måste ange val från det angivna valfältet</translation>
    </message>
    <message>
      <source>must map measures to {chosen, comment}</source>
      <translation>måste ange {vald, kommentar} för varje åtgärd</translation>
    </message>
    <message>
      <source>must name a field asked earlier in the form</source>
      <translation>måste ange ett fält som frågats tidigare i formuläret</translation>
    </message>
    <message>
      <source>must name a person in the vault</source>
      <translation>måste ange en person i valvet</translation>
    </message>
    <message>
      <source>must name a person in the vault (or give case_id)</source>
      <translation>måste ange en person i valvet (eller ett ärende)</translation>
    </message>
    <message>
      <source>must name at least one participant (one of %1)</source>
      <translation>måste ange minst en som deltog i samtalet</translation>
    </message>
    <message>
      <source>must name attachments of this case</source>
      <translation>måste ange bilagor i det här ärendet</translation>
    </message>
    <message>
      <source>must not be before the case was opened</source>
      <translation>får inte vara före ärendets öppnande</translation>
    </message>
    <message>
      <source>must not be before the case was opened.</source>
      <translation>får inte vara före ärendets öppnande.</translation>
    </message>
    <message>
      <source>must not be before the report was received</source>
      <translation>får inte vara före den dag anmälan kom in</translation>
    </message>
    <message>
      <source>must not be in the future</source>
      <translation>får inte ligga i framtiden</translation>
    </message>
    <message>
      <source>must not be in the future.</source>
      <translation>får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>name at least one data category.</source>
      <translation>ange minst en kategori av uppgifter.</translation>
    </message>
    <message>
      <source>name who received the information.</source>
      <translation>ange vem som tog emot uppgifterna.</translation>
    </message>
    <message>
      <source>need_followup.held_on must not be before the intervention was decided.</source>
      <translation>Uppföljningens datum får inte vara före beslutet om insatsen.</translation>
    </message>
    <message>
      <source>need_followup.held_on must not be before the need was identified.</source>
      <translation>Uppföljningens datum får inte vara före den dag behovet konstaterades.</translation>
    </message>
    <message>
      <source>needs 'field' and exactly one of equals, in, answered</source>
      <translation>behöver 'field' och exakt ett av equals, in, answered</translation>
    </message>
    <message>
      <source>needs a defector: the signed assessment finds the person is not one.</source>
      <translation>kräver en avhoppare: den signerade bedömningen finner att personen inte är det.</translation>
    </message>
    <message>
      <source>needs_protection.answer must be yes when the threat level is high.</source>
      <translation>Behov av skydd måste besvaras med ja när hotnivån är hög.</translation>
    </message>
    <message>
      <source>network_linked must be true or false.</source>
      <translation>Koppling till kriminellt nätverk måste anges som ja eller nej.</translation>
    </message>
    <message>
      <source>no person with this identity number is in the vault; there is nobody to keep apart</source>
      <translation>ingen person med det här personnumret finns i valvet; det finns ingen att hålla isär</translation>
    </message>
    <message>
      <source>no schema</source>
      <translation>inget schema</translation>
    </message>
    <message>
      <source>occurred_at must not be in the future.</source>
      <translation>Tidpunkten för händelsen får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>only choice fields have choices</source>
      <translation>bara valfält har val</translation>
    </message>
    <message>
      <source>outcome: must be no_remarks or remarks</source>
      <translation>Resultat: ange utan anmärkning eller med anmärkning</translation>
    </message>
    <message>
      <source>place must be a known place.</source>
      <translation>place: ange en känd plats.</translation>
    </message>
    <message>
      <source>police_reported_on is required with a report number.</source>
      <translation>Ange datum för polisanmälan när ett diarienummer anges.</translation>
    </message>
    <message>
      <source>police_reported_on must be a date.</source>
      <translation>Datum för polisanmälan måste vara ett datum.</translation>
    </message>
    <message>
      <source>police_reported_on must not be before the incident.</source>
      <translation>Datum för polisanmälan får inte vara före händelsen.</translation>
    </message>
    <message>
      <source>police_reported_on must not be in the future.</source>
      <translation>Datum för polisanmälan får inte ligga i framtiden.</translation>
    </message>
    <message>
      <source>position.note is required when a party was not asked: say why.</source>
      <translation>position.note krävs när någon inte tillfrågades: ange varför.</translation>
    </message>
    <message>
      <source>positions: give the young person's or a guardian's position</source>
      <translation>positions: ange den unges eller en vårdnadshavares ståndpunkt</translation>
    </message>
    <message>
      <source>protection_need must be high when the threat level is high: a high threat always means a need of protection.</source>
      <translation>Skyddsbehovet måste vara högt när hotnivån är hög: ett högt hot innebär alltid behov av skydd.</translation>
    </message>
    <message>
      <source>reason must not be empty.</source>
      <translation>Ange ett skäl.</translation>
    </message>
    <message>
      <source>reason: a legal hold needs a reason (at most 1000 characters)</source>
      <translation>Skäl: ett bevarandebeslut behöver ett skäl (högst 1000 tecken)</translation>
    </message>
    <message>
      <source>recorded_on must be a date.</source>
      <translation>Registreringsdatum måste vara ett datum.</translation>
    </message>
    <message>
      <source>relocation must be 'away' when the threat level is high: a high threat always means relocation away from Gothenburg.</source>
      <translation>Flytt måste vara bort från Göteborg när hotnivån är hög: ett högt hot innebär alltid flytt bort från Göteborg.</translation>
    </message>
    <message>
      <source>retention rules: %1 is missing or invalid.</source>
      <translation>gallringsregler: %1 saknas eller är ogiltig.</translation>
    </message>
    <message>
      <source>serious_crime.consulted_on is required once the Police have been consulted.</source>
      <translation>Ange datum för samrådet när Polisen har konsulterats.</translation>
    </message>
    <message>
      <source>special_circumstances.decided_on does not apply while SAV's decision is pending.</source>
      <translation>Beslutsdatum gäller inte medan SAV:s beslut väntas.</translation>
    </message>
    <message>
      <source>special_circumstances.decided_on is required once SAV has decided.</source>
      <translation>Ange beslutsdatum när SAV har beslutat.</translation>
    </message>
    <message>
      <source>special_circumstances.sav_decision must be approved, rejected or pending.</source>
      <translation>SAV:s beslut måste vara godkänt, avslaget eller väntande.</translation>
    </message>
    <message>
      <source>state_funding.applied_on is required when state funding is applied for.</source>
      <translation>Ange ansökningsdatum när statlig ersättning söks.</translation>
    </message>
    <message>
      <source>state_funding.decided_on goes with a granted or refused decision.</source>
      <translation>Beslutsdatum anges med ett beviljat eller avslaget beslut.</translation>
    </message>
    <message>
      <source>step ids must be unique</source>
      <translation>steg-id:n måste vara unika</translation>
    </message>
    <message>
      <source>the ground %1 must be stated in words.</source>
      <translation>grunden %1 måste beskrivas i ord.</translation>
    </message>
    <message>
      <source>the ground %1 requires a written harm test: state why disclosing outweighs the harm to the person.</source>
      <translation>grunden %1 kräver en skriftlig menprövning: ange varför intresset av att lämna uppgiften väger tyngre än menet för personen.</translation>
    </message>
    <message>
      <source>the intervention belongs to another case; link only interventions of the need's own case</source>
      <translation>insatsen hör till ett annat ärende; koppla bara insatser i behovets eget ärende</translation>
    </message>
    <message>
      <source>the intervention is not linked to this need; link it first</source>
      <translation>insatsen är inte kopplad till behovet; koppla den först</translation>
    </message>
    <message>
      <source>threat.followup_id: only a threat changed at a follow-up names the follow-up.</source>
      <translation>threat.followup_id: bara en hotbild som ändrats vid en uppföljning anger uppföljningen.</translation>
    </message>
    <message>
      <source>threat.level: a threat assessment not asked for must carry the assessment.</source>
      <translation>threat.level: en hotbildsbedömning som inte begärts måste innehålla bedömningen.</translation>
    </message>
    <message>
      <source>threat.received_on goes with the received assessment.</source>
      <translation>threat.received_on hör till den mottagna bedömningen.</translation>
    </message>
    <message>
      <source>threat.requested_on belongs to a request only.</source>
      <translation>threat.requested_on hör bara till en begäran.</translation>
    </message>
    <message>
      <source>threat.source must be request, police_followup or police_initiative.</source>
      <translation>threat.source måste vara request, police_followup eller police_initiative.</translation>
    </message>
    <message>
      <source>to_caseworker is already the case's caseworker.</source>
      <translation>Den angivna handläggaren har redan ärendet.</translation>
    </message>
    <message>
      <source>transfer packages are recorded by the transfer export itself; choose another channel.</source>
      <translation>överföringspaket registreras av själva överföringen; välj en annan kanal.</translation>
    </message>
    <message>
      <source>unknown key %1</source>
      <translation>okänd nyckel %1</translation>
    </message>
    <message>
      <source>values must be unique</source>
      <translation>värdena måste vara unika</translation>
    </message>
    <message>
      <source>version must be a whole number.</source>
      <translation>Versionen måste vara ett heltal.</translation>
    </message>
    <message>
      <source>withdrawn_by must be at most %1 characters.</source>
      <translation>withdrawn_by får vara högst %1 tecken.</translation>
    </message>
    <message>
      <source>withdrawn_on must not be before the case was opened.</source>
      <translation>withdrawn_on får inte vara före ärendets öppnande.</translation>
    </message>
    <message>
      <source>withdrawn_on must not be before the consent was given.</source>
      <translation>withdrawn_on får inte vara före samtyckets datum.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; ask your administrator to finish it before changing the passphrase.</source>
      <translation>En omkryptering är inte klar; be administratören att slutföra den innan du byter lösenfras.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; ask your administrator to finish it before making a backup.</source>
      <translation>En omkryptering är inte klar; be administratören att slutföra den innan du gör en säkerhetskopia.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; ask your administrator to finish it before setting up quick unlock.</source>
      <translation>En omkryptering är inte klar; be administratören att slutföra den innan du slår på snabbupplåsning.</translation>
    </message>
    <message>
      <source>A rekey is unfinished; ask your administrator to finish it first.</source>
      <translation>En omkryptering är inte klar; be administratören att slutföra den först.</translation>
    </message>
    <message>
      <source>In a caseworker's vault the unit manager signs the log review, so that nobody signs off their own accesses: send it to the manager (Follow-up › Log review…) and import the signature that comes back.</source>
      <translation>I en handläggares valv signerar enhetschefen loggkontrollen, så att ingen godkänner sina egna åtkomster: skicka den till chefen (Uppföljning › Loggkontroll…) och importera signaturen som kommer tillbaka.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <source>Identity number</source>
      <translation>Personnummer</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Födelsedatum</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adress</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Kön</translation>
    </message>
    <message>
      <source>District of belonging</source>
      <translation>Stadsområde för tillhörighet</translation>
    </message>
    <message>
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <source>What was applied for</source>
      <translation>Vad som ansöktes om</translation>
    </message>
    <message>
      <source>The written application</source>
      <translation>Den skriftliga ansökan</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <source>Data categories</source>
      <translation>Kategorier av uppgifter</translation>
    </message>
    <message>
      <source>Staff member</source>
      <translation>Medarbetare</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beskrivning</translation>
    </message>
    <message>
      <source>Witnesses</source>
      <translation>Vittnen</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Uppföljning</translation>
    </message>
    <message>
      <source>The Police's report number</source>
      <translation>Polisens diarienummer</translation>
    </message>
    <message>
      <source>Reported to the Police on</source>
      <translation>Polisanmäld den</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Received at</source>
      <translation>Inkom</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>Anmälare</translation>
    </message>
    <message>
      <source>With whom</source>
      <translation>Med vem</translation>
    </message>
    <message>
      <source>Held on</source>
      <translation>Hölls</translation>
    </message>
    <message>
      <source>The protection assessment's time</source>
      <translation>Skyddsbedömningens tidpunkt</translation>
    </message>
    <message>
      <source>The preliminary assessment's time</source>
      <translation>Förhandsbedömningens tidpunkt</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <source>The feedback's time</source>
      <translation>Återkopplingens tidpunkt</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <source>Date of disclosure</source>
      <translation>Datum för utlämnandet</translation>
    </message>
    <message>
      <source>Grounds</source>
      <translation>Grunder</translation>
    </message>
    <message>
      <source>Harm test</source>
      <translation>Menprövning</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Område</translation>
    </message>
    <message>
      <source>Identified on</source>
      <translation>Konstaterat den</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>Insats</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Anteckning</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Slag</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Rättslig grund</translation>
    </message>
    <message>
      <source>Legal ground in words</source>
      <translation>Rättslig grund i ord</translation>
    </message>
    <message>
      <source>Kind of criminal network</source>
      <translation>Typ av kriminellt nätverk</translation>
    </message>
    <message>
      <source>Violent-extremist milieu</source>
      <translation>Våldsbejakande extremistisk miljö</translation>
    </message>
    <message>
      <source>Whether the person commits honour-related violence</source>
      <translation>Om personen själv utövar hedersrelaterat våld</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>Åtgärder</translation>
    </message>
    <message>
      <source>When it happened</source>
      <translation>När det hände</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <source>Receiving authority</source>
      <translation>Mottagande myndighet</translation>
    </message>
    <message>
      <source>Date recorded</source>
      <translation>Registreringsdatum</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>New caseworker</source>
      <translation>Ny handläggare</translation>
    </message>
    <message>
      <source>Type of case</source>
      <translation>Typ av ärende</translation>
    </message>
    <message>
      <source>another unit (key %1)</source>
      <translation>en annan enhet (nyckel %1)</translation>
    </message>
    <message>
      <source>(and %1 more)</source>
      <translation>(och %1 till)</translation>
    </message>
    <message>
      <source>%1 (File › Received consultations… › Write the receipt again…).</source>
      <translation>%1 (Arkiv › Mottagna konsultationer… › Skriv kvittot igen…).</translation>
    </message>
    <message>
      <source>%1 (Case › Write the receipt for SAV again…).</source>
      <translation>%1 (Ärende › Skriv kvittot till SAV igen…).</translation>
    </message>
    <message>
      <source>%1 (File › Unit keys…).</source>
      <translation>%1 (Arkiv › Enhetens nycklar…).</translation>
    </message>
    <message>
      <source>%1 (Case › Write the receipt again…).</source>
      <translation>%1 (Ärende › Skriv kvittot igen…).</translation>
    </message>
    <message>
      <source>%1 (At the sending unit: Case › Resend the package…).</source>
      <translation>%1 (hos den sändande enheten: Ärende › Skicka om paketet…).</translation>
    </message>
  </context>
  <context>
    <name>threat</name>
    <message>
      <source>The Police's threat assessment is awaited</source>
      <translation>Polisens hotbildsbedömning inväntas</translation>
    </message>
    <message>
      <source>Ask the Police for the threat assessment</source>
      <translation>Begär hotbildsbedömning från Polismyndigheten</translation>
    </message>
    <message>
      <source>Plan the transition to release with Kriminalvården/SiS</source>
      <translation>Planera övergången till frigivning med Kriminalvården/SiS</translation>
    </message>
    <message>
      <source>Expected release from custody</source>
      <translation>Väntad frigivning</translation>
    </message>
    <message>
      <source>Concrete</source>
      <translation>Konkret</translation>
    </message>
    <message>
      <source>Latent</source>
      <translation>Latent</translation>
    </message>
    <message>
      <source>Prison (Kriminalvården)</source>
      <translation>Fängelse (Kriminalvården)</translation>
    </message>
    <message>
      <source>Closed youth care (SiS)</source>
      <translation>Sluten ungdomsvård (SiS)</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>Omprövas den</translation>
    </message>
    <message>
      <source>Threat &amp;level:</source>
      <translation>&amp;Hotbild:</translation>
    </message>
    <message>
      <source>&amp;Concrete or latent:</source>
      <translation>&amp;Konkret eller latent:</translation>
    </message>
    <message>
      <source>The Police's &amp;date:</source>
      <translation>Polisens &amp;datum:</translation>
    </message>
    <message>
      <source>The Police's &amp;reference:</source>
      <translation>Polisens &amp;diarienummer:</translation>
    </message>
    <message>
      <source>Next review:</source>
      <translation>Nästa omprövning:</translation>
    </message>
  </context>
  <context>
    <name>transfer</name>
    <message>
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <source>Opening the package…</source>
      <translation>Öppnar paketet…</translation>
    </message>
    <message>
      <source>The package was not imported; nothing was changed.</source>
      <translation>Paketet importerades inte; ingenting ändrades.</translation>
    </message>
  </context>
</TS>