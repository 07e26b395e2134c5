<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="15" />
      <source>About Utväg</source>
      <translation>Om Utväg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="17" />
      <source>Utväg %1 — encrypted case handling for defector and high-risk cases.</source>
      <translation>Utväg %1 — krypterad ärendehantering för avhoppar- och högriskärenden.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="19" />
      <source>Organisation policy (set by your administrator; it cannot be changed here):</source>
      <translation>Organisationens policy (bestäms av din administratör; den kan inte ändras här):</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="21" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="21" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="22" />
      <source>Swedish</source>
      <translation>svenska</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="22" />
      <source>English</source>
      <translation>engelska</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="23" />
      <source>built-in defaults (no policy installed)</source>
      <translation>inbyggda standardvärden (ingen policy installerad)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="26" />
      <source>Auto-lock after idle time:</source>
      <translation>Automatisk låsning efter inaktivitet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="27" />
      <source>%1 minutes</source>
      <translation>%1 minuter</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="28" />
      <source>Quick unlock allowed:</source>
      <translation>Snabbupplåsning tillåten:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="29" />
      <source>Own unit:</source>
      <translation>Egen enhet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="30" />
      <source>not set</source>
      <translation>inte angiven</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="31" />
      <source>Default language:</source>
      <translation>Standardspråk:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="33" />
      <source>Statistics suppression threshold:</source>
      <translation>Gräns för undertryckning i statistik:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/about.py" line="34" />
      <source>Policy source:</source>
      <translation>Policyns källa:</translation>
    </message>
  </context>
  <context>
    <name>Assessment</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="83" />
      <source>The defector assessment of the guideline applies to defector cases only. For this case, record the assessment in the journal.</source>
      <translation>Riktlinjens bedömning av avhoppare gäller bara avhopparärenden. Dokumentera bedömningen i journalen för det här ärendet.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="91" />
      <source>&amp;Print / save as PDF…</source>
      <translation>Skriv &amp;ut / spara som PDF…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="113" />
      <source>All assessments of this case:</source>
      <translation>Alla bedömningar i ärendet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="129" />
      <source>In force: the assessment signed by %1 on %2.</source>
      <translation>Gällande: bedömningen som %1 signerade %2.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="134" />
      <source>No assessment has been signed yet.</source>
      <translation>Ingen bedömning är signerad ännu.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="135" />
      <source>No assessment has been made yet.</source>
      <translation>Ingen bedömning är gjord ännu.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="137" />
      <source>A draft is open and can be resumed.</source>
      <translation>Ett utkast är påbörjat och kan återupptas.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="138" />
      <source>Resume &amp;assessment…</source>
      <translation>Återuppta b&amp;edömningen…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="140" />
      <source>New &amp;assessment…</source>
      <translation>Ny b&amp;edömning…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="142" />
      <source>Start &amp;assessment…</source>
      <translation>Påbörja b&amp;edömning…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="233" />
      <source>From the assessment signed by %1 on %2.</source>
      <translation>Från bedömningen som %1 signerade %2.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="255" />
      <source>No threat assessment from the Police is recorded.</source>
      <translation>Ingen hotbildsbedömning från Polisen är registrerad.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/case_tabs.py" line="259" />
      <source>No consent is recorded.</source>
      <translation>Inget samtycke är registrerat.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/fields.py" line="166" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="53" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/fields.py" line="166" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="53" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/fields.py" line="182" />
      <source>Choose…</source>
      <translation>Välj…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/fields.py" line="251" />
      <source>YYYY-MM-DD</source>
      <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="22" />
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="24" />
      <source>Superseded</source>
      <translation>Ersatt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="25" />
      <source>In force</source>
      <translation>Gällande</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="38" />
      <source>Started</source>
      <translation>Påbörjad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="38" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="39" />
      <source>Signed</source>
      <translation>Signerad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="39" />
      <source>Signed by</source>
      <translation>Signerad av</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/history_model.py" line="40" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="174" />
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="24" />
      <source>Choose at least one option.</source>
      <translation>Välj minst ett alternativ.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="26" />
      <source>An answer is required.</source>
      <translation>Frågan måste besvaras.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="28" />
      <source>Write the date as YYYY-MM-DD, for example 2024-03-31.</source>
      <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-31.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="31" />
      <source>Write a number.</source>
      <translation>Skriv ett tal.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="33" />
      <source>The answer has the wrong form.</source>
      <translation>Svaret har fel form.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="34" />
      <source>The date must not be in the future.</source>
      <translation>Datumet får inte ligga i framtiden.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="38" />
      <source>Choose one of the options given.</source>
      <translation>Välj ett av de angivna alternativen.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="39" />
      <source>This is not a real calendar date.</source>
      <translation>Det är inte ett giltigt datum.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="42" />
      <source>The dates are in the wrong order.</source>
      <translation>Datumen är i fel ordning.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="43" />
      <source>The text is too long (at most %1 characters).</source>
      <translation>Texten är för lång (högst %1 tecken).</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="45" />
      <source>Write a whole number.</source>
      <translation>Skriv ett heltal.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="46" />
      <source>The number must be at least %1.</source>
      <translation>Talet måste vara minst %1.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="47" />
      <source>The number must be at most %1.</source>
      <translation>Talet får vara högst %1.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="48" />
      <source>The consent has been withdrawn: the assessment cannot rest on information exchanged under it. Record a new consent or close the case.</source>
      <translation>Samtycket har återkallats: bedömningen kan inte vila på uppgifter som utbytts med stöd av det. Registrera ett nytt samtycke eller avsluta ärendet.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="51" />
      <source>A high threat always means a high protection need.</source>
      <translation>En hög hotbild innebär alltid ett högt skyddsbehov.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="53" />
      <source>With a high threat the person needs society's protection: answer yes.</source>
      <translation>Vid hög hotbild behöver individen samhällets skydd: svara ja.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="55" />
      <source>A high threat always means relocation away from Gothenburg.</source>
      <translation>En hög hotbild innebär alltid flytt bort från Göteborg.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="57" />
      <source>This answer does not apply given the other answers.</source>
      <translation>Svaret gäller inte med hänsyn till de andra svaren.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/rule_text.py" line="72" />
      <source>%1 (rule: %2)</source>
      <translation>%1 (regel: %2)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/step_page.py" line="39" />
      <source>Guideline: %1</source>
      <translation>Riktlinjen: %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/step_page.py" line="75" />
      <source>Step %1 of %2 · Questions marked * must be answered.</source>
      <translation>Steg %1 av %2 · Frågor markerade med * måste besvaras.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="32" />
      <source>Belongs to a criminal network, a violent-extremist milieu or an honour context</source>
      <translation>Tillhör en kriminell gruppering/nätverk, våldsbejakande extremistisk miljö eller hederskontext</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="35" />
      <source>Wants to leave it</source>
      <translation>Vill lämna miljön</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="36" />
      <source>Needs society's support and/or protection</source>
      <translation>Har behov av samhällets stöd och/eller skydd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="38" />
      <source>Consents to lifting confidentiality between authorities</source>
      <translation>Samtycker till att sekretessen mellan myndigheter bryts</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="45" />
      <source>Away from Gothenburg</source>
      <translation>Bort från Göteborg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="46" />
      <source>Within Gothenburg</source>
      <translation>Inom Göteborg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="47" />
      <source>No relocation</source>
      <translation>Ingen flytt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="48" />
      <source>Not assessed yet</source>
      <translation>Inte bedömt ännu</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="82" />
      <source>Not a defector; the case stays with %1</source>
      <translation>Inte avhoppare; ärendet stannar hos %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="85" />
      <source>Special defector, handled by %1</source>
      <translation>Särskild avhoppare, handläggs av %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="86" />
      <source>Defector, handled by %1</source>
      <translation>Avhoppare, handläggs av %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="107" />
      <source>Defector</source>
      <translation>Avhoppare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="108" />
      <source>Special defector</source>
      <translation>Särskild avhoppare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="109" />
      <source>Handled by</source>
      <translation>Handläggs av</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="110" />
      <source>Relocation</source>
      <translation>Flytt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="119" />
      <source>Criteria</source>
      <translation>Kriterier</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="125" />
      <source>met</source>
      <translation>uppfyllt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="125" />
      <source>not met</source>
      <translation>inte uppfyllt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="129" />
      <source>Reasons</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="131" />
      <source>Warnings</source>
      <translation>Varningar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="135" />
      <source>None.</source>
      <translation>Inga.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="166" />
      <source>Draft — not signed. Check the outcome and its reasons, then sign.</source>
      <translation>Utkast – inte signerat. Granska resultatet och skälen och signera sedan.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="169" />
      <source>Signed by %1 on %2.</source>
      <translation>Signerad av %1 den %2.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="172" />
      <source>Superseded by a later assessment.</source>
      <translation>Ersatt av en senare bedömning.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="179" />
      <source>Answers</source>
      <translation>Svar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/summary.py" line="181" />
      <source>Form: %1, version %2. Guideline: %3</source>
      <translation>Formulär: %1, version %2. Riktlinje: %3</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="83" />
      <source>&amp;Back</source>
      <translation>&amp;Bakåt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="84" />
      <source>&amp;Save and close</source>
      <translation>&amp;Spara och stäng</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="85" />
      <source>&amp;Next</source>
      <translation>&amp;Nästa</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="86" />
      <source>S&amp;ign…</source>
      <translation>Si&amp;gnera…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="87" />
      <source>&amp;Print / save as PDF…</source>
      <translation>Skriv &amp;ut / spara som PDF…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="88" />
      <source>&amp;Close</source>
      <translation>S&amp;täng</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="164" />
      <source>The case is routed to %1, another board, so it will be transferred there.</source>
      <translation>Ärendet fördelas till %1, en annan nämnd, och ska alltså överlämnas dit.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="167" />
      <source>Unless the threat is assessed as high, the case goes to %1, the district of belonging and another board, and will be transferred there.</source>
      <translation>Om inte hotbilden bedöms som hög går ärendet till %1, stadsområdet där personen har sin tillhörighet och en annan nämnd, och ska då överlämnas dit.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="171" />
      <source>If the threat is assessed as high, the case goes to %1, another board, and will be transferred there.</source>
      <translation>Om hotbilden bedöms som hög går ärendet till %1, en annan nämnd, och ska då överlämnas dit.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="173" />
      <source>The consent does not cover "Annan socialtjänst" (other social services): the transfer will be refused unless the signed form names it or another legal ground applies.</source>
      <translation>Samtycket omfattar inte ”Annan socialtjänst”: överlämnandet nekas om inte den undertecknade blanketten nämner den eller en annan rättslig grund finns.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="176" />
      <source>Without a consent that covers "Annan socialtjänst" (other social services), the transfer will be refused unless another legal ground applies.</source>
      <translation>Utan ett samtycke som omfattar ”Annan socialtjänst” nekas överlämnandet om inte en annan rättslig grund finns.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="301" />
      <source>Sign the assessment?</source>
      <translation>Signera bedömningen?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="302" />
      <source>Once signed, the assessment cannot be changed. A later assessment can supersede it. Sign now?</source>
      <translation>En signerad bedömning kan inte ändras. En senare bedömning kan ersätta den. Signera nu?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/wizard_dialog.py" line="304" />
      <source>&amp;Sign</source>
      <translation>&amp;Signera</translation>
    </message>
  </context>
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="55" />
      <source>This kind of file cannot be shown inside Utväg. Use "Save as…" to open it elsewhere.</source>
      <translation>Den här typen av fil kan inte visas i Utväg. Använd "Spara som…" för att öppna den i ett annat program.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="63" />
      <source>The PDF could not be shown (it is damaged or protected by a password).</source>
      <translation>PDF-filen kunde inte visas (den är skadad eller skyddad med lösenord).</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="73" />
      <source>Only the first %1 of %2 pages are shown.</source>
      <translation>Bara de första %1 av %2 sidorna visas.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="108" />
      <source>&amp;Add file…</source>
      <translation>Lägg &amp;till fil…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="109" />
      <source>&amp;View</source>
      <translation>&amp;Visa</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="110" />
      <source>Sav&amp;e as…</source>
      <translation>Spara so&amp;m…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="130" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="179" />
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="130" />
      <source>The file could not be read.</source>
      <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="138" />
      <source>Attach a file</source>
      <translation>Bifoga en fil</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="165" />
      <source>Save unencrypted copy?</source>
      <translation>Spara en okrypterad kopia?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="166" />
      <source>The saved file will NOT be encrypted. Anyone with access to where you save it can read it. Save anyway?</source>
      <translation>Den sparade filen blir INTE krypterad. Alla som kommer åt platsen där du sparar den kan läsa den. Spara ändå?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="172" />
      <source>Save as</source>
      <translation>Spara som</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/attachments_tab.py" line="179" />
      <source>The file could not be saved.</source>
      <translation>Filen kunde inte sparas.</translation>
    </message>
  </context>
  <context>
    <name>AuditLogModel</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="18" />
      <source>created the case</source>
      <translation>skapade ärendet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="19" />
      <source>opened the case</source>
      <translation>öppnade ärendet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="20" />
      <source>wrote a note</source>
      <translation>skrev en anteckning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="21" />
      <source>edited a draft note</source>
      <translation>ändrade ett utkast</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="22" />
      <source>signed a note</source>
      <translation>signerade en anteckning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="23" />
      <source>added an attachment</source>
      <translation>lade till en bilaga</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="24" />
      <source>viewed an attachment</source>
      <translation>visade en bilaga</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="25" />
      <source>revealed a protected identity</source>
      <translation>visade en skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="26" />
      <source>flagged the case high-risk</source>
      <translation>markerade ärendet som hög risk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="27" />
      <source>cleared the high-risk flag</source>
      <translation>tog bort markeringen hög risk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="28" />
      <source>read the risk overview</source>
      <translation>läste risköversikten</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="29" />
      <source>recorded an incident against staff</source>
      <translation>registrerade en händelse mot personal</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="30" />
      <source>read the incidents against staff</source>
      <translation>läste händelserna mot personal</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="31" />
      <source>printed a Police report draft</source>
      <translation>skrev ut ett utkast till polisanmälan</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="32" />
      <source>wrote a risk assessment</source>
      <translation>skrev en riskbedömning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="33" />
      <source>changed a risk assessment</source>
      <translation>ändrade en riskbedömning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="34" />
      <source>signed a risk assessment</source>
      <translation>signerade en riskbedömning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="35" />
      <source>reassigned the case</source>
      <translation>bytte handläggare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="36" />
      <source>recorded a conflict of interest</source>
      <translation>registrerade jäv</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="37" />
      <source>resolved a conflict of interest</source>
      <translation>hanterade ett jäv</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="38" />
      <source>recorded a disclosure</source>
      <translation>registrerade ett utlämnande</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="39" />
      <source>read the disclosure register</source>
      <translation>läste utlämnanderegistret</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="40" />
      <source>exported the disclosure register</source>
      <translation>exporterade utlämnanderegistret</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="46" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="46" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/log_model.py" line="47" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
  </context>
  <context>
    <name>BackgroundOp</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/background.py" line="63" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
  </context>
  <context>
    <name>CaseFollowUpTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="168" />
      <source>Held on</source>
      <translation>Hölls</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="169" />
      <source>Phase</source>
      <translation>Skede</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="170" />
      <source>Outcome</source>
      <translation>Resultat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="173" />
      <source>Received</source>
      <translation>Inkom</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="174" />
      <source>Protection assessment (24 h)</source>
      <translation>Skyddsbedömning (24 tim)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="176" />
      <source>Preliminary assessment (14 days)</source>
      <translation>Förhandsbedömning (14 dagar)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="180" />
      <source>Applied on</source>
      <translation>Ansökt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="181" />
      <source>The Police's decision</source>
      <translation>Polisens beslut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="182" />
      <source>Decided on</source>
      <translation>Beslutat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="185" />
      <source>Follow-ups with the Police</source>
      <translation>Uppföljningar med Polisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="186" />
      <source>Concern reports about a child</source>
      <translation>Orosanmälningar om barn</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="187" />
      <source>State funding</source>
      <translation>Statliga medel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="188" />
      <source>Recor&amp;d a Police follow-up…</source>
      <translation>Registrera p&amp;olisuppföljning…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="189" />
      <source>Record &amp;a concern report…</source>
      <translation>Regis&amp;trera orosanmälan…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="190" />
      <source>Protection assessment made…</source>
      <translation>Skyddsbedömning gjord…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="191" />
      <source>Preliminary assessment made…</source>
      <translation>Förhandsbedömning gjord…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="192" />
      <source>State funding applied for…</source>
      <translation>Statliga &amp;medel sökta…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="193" />
      <source>The Police's decision…</source>
      <translation>Polisens beslut…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="199" />
      <source>No follow-ups with the Police are recorded.</source>
      <translation>Inga uppföljningar med Polisen är registrerade.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="200" />
      <source>No concern reports are recorded.</source>
      <translation>Inga orosanmälningar är registrerade.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="201" />
      <source>No state funding is applied for.</source>
      <translation>Inga statliga medel är sökta.</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="43" />
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="117" />
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="118" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="119" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="120" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="121" />
      <source>Unit</source>
      <translation>Enhet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="122" />
      <source>Threat level</source>
      <translation>Hotbild</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="123" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="142" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="186" />
      <source>High risk</source>
      <translation>Hög risk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="124" />
      <source>Next due</source>
      <translation>Nästa frist</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="155" />
      <source>The name is hidden: the person has a protected identity.</source>
      <translation>Namnet är dolt: personen har skyddad identitet.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_list_model.py" line="169" />
      <source>Staff are threatened in this case: see the High risk tab before any meeting.</source>
      <translation>Personal är hotad i ärendet: läs fliken Hög risk före varje möte.</translation>
    </message>
  </context>
  <context>
    <name>CaseMenu</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="112" />
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="113" />
      <source>&amp;Close case…</source>
      <translation>&amp;Avsluta ärende…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="114" />
      <source>Add &amp;intervention…</source>
      <translation>Lägg till &amp;insats…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="115" />
      <source>Link &amp;relative…</source>
      <translation>Koppla &amp;anhörig…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="116" />
      <source>&amp;Hand to a colleague…</source>
      <translation>&amp;Lämna över till kollega…</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="220" />
      <source>&amp;Overview</source>
      <translation>&amp;Översikt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="220" />
      <source>A&amp;ssessment</source>
      <translation>&amp;Bedömning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="220" />
      <source>&amp;Threat and protection</source>
      <translation>Hotbild och sk&amp;ydd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="221" />
      <source>&amp;Consent and disclosures</source>
      <translation>&amp;Samtycke och utlämnanden</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="221" />
      <source>&amp;Interventions</source>
      <translation>&amp;Insatser</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="222" />
      <source>&amp;Relatives</source>
      <translation>Anhö&amp;riga</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="223" />
      <source>&amp;Journal</source>
      <translation>&amp;Journal</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="223" />
      <source>Attach&amp;ments</source>
      <translation>Bila&amp;gor</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="223" />
      <source>High ris&amp;k</source>
      <translation>Hög ris&amp;k</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="224" />
      <source>Lo&amp;g</source>
      <translation>&amp;Logg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="227" />
      <source>Consent</source>
      <translation>Samtycke</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="228" />
      <source>Disclosure register</source>
      <translation>Utlämnanderegister</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="229" />
      <source>Interventions</source>
      <translation>Insatser</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="230" />
      <source>Follow-up</source>
      <translation>Uppföljning</translation>
    </message>
  </context>
  <context>
    <name>CloseCaseDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="35" />
      <source>Close case %1</source>
      <translation>Avsluta ärende %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="40" />
      <source>Closing &amp;reason:</source>
      <translation>Skäl för &amp;avslut:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="41" />
      <source>&amp;Decision date:</source>
      <translation>&amp;Beslutsdatum:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="42" />
      <source>A closed case can be read but no longer changed; follow-ups with the Police after the case can still be recorded. A case that moves to another board is closed by its transfer.</source>
      <translation>Ett avslutat ärende kan läsas men inte längre ändras; uppföljningar med Polisen efter ärendet kan fortfarande registreras. Ett ärende som flyttas till en annan nämnd avslutas genom överflyttningen.</translation>
    </message>
  </context>
  <context>
    <name>ConcernDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="59" />
      <source>A concern report about a child</source>
      <translation>En orosanmälan om ett barn</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="63" />
      <source>&amp;Received at:</source>
      <translation>&amp;Inkom:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="64" />
      <source>The protection assessment is due within 24 hours of receipt, the preliminary assessment within 14 days.</source>
      <translation>Skyddsbedömningen ska göras inom 24 timmar från att anmälan inkom, förhandsbedömningen inom 14 dagar.</translation>
    </message>
  </context>
  <context>
    <name>ConcernStepDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="75" />
      <source>Protection assessment made (24 hours)</source>
      <translation>Skyddsbedömning gjord (24 timmar)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="76" />
      <source>Preliminary assessment made (14 days)</source>
      <translation>Förhandsbedömning gjord (14 dagar)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="81" />
      <source>&amp;Made at:</source>
      <translation>&amp;Gjord:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="82" />
      <source>The report was received at %1.</source>
      <translation>Anmälan inkom %1.</translation>
    </message>
  </context>
  <context>
    <name>ConfirmRecoveryPage</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="215" />
      <source>Confirm the recovery key</source>
      <translation>Bekräfta återställningsnyckeln</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="216" />
      <source>Take the printed or written-down key. Go back if you have not kept it yet.</source>
      <translation>Ta fram den utskrivna eller nedskrivna nyckeln. Gå tillbaka om du inte har sparat den ännu.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="222" />
      <source>To confirm you have it, type its last &amp;group:</source>
      <translation>Bekräfta att du har den genom att skriva dess s&amp;ista grupp:</translation>
    </message>
  </context>
  <context>
    <name>DisclosureForm</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="83" />
      <source>Record a disclosure</source>
      <translation>Registrera ett utlämnande</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="89" />
      <source>Who received it, e.g. the Police, region West</source>
      <translation>Vem som tog emot, t.ex. Polisen region Väst</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="106" />
      <source>The ground in words, e.g. the request's reference number</source>
      <translation>Grunden i ord, t.ex. begärans diarienummer</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="114" />
      <source>The person has a protected identity. Weigh the disclosure against the protection: does the recipient need the identity at all?</source>
      <translation>Personen har skyddad identitet. Väg utlämnandet mot skyddet: behöver mottagaren identiteten över huvud taget?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="118" />
      <source>I have weighed the disclosure against the protection</source>
      <translation>Jag har vägt utlämnandet mot skyddet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="120" />
      <source>The person's identity data was part of what left</source>
      <translation>Personens identitetsuppgifter ingick i det som lämnades ut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="129" />
      <source>Channel:</source>
      <translation>Kanal:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="130" />
      <source>Recipient:</source>
      <translation>Mottagare:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="131" />
      <source>Recipient's authority:</source>
      <translation>Mottagarens myndighet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="132" />
      <source>What left:</source>
      <translation>Vad som lämnades ut:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="133" />
      <source>Legal ground:</source>
      <translation>Rättslig grund:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="135" />
      <source>In words:</source>
      <translation>I ord:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="136" />
      <source>When:</source>
      <translation>När:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="169" />
      <source>Not recorded: %1</source>
      <translation>Inte registrerat: %1</translation>
    </message>
  </context>
  <context>
    <name>DisclosureRegisterTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="90" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="90" />
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="90" />
      <source>Recipient</source>
      <translation>Mottagare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="90" />
      <source>What left</source>
      <translation>Vad som lämnades ut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="91" />
      <source>Legal ground</source>
      <translation>Rättslig grund</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="91" />
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="91" />
      <source>Identity revealed</source>
      <translation>Identitet röjd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="92" />
      <source>Record disclosure…</source>
      <translation>Registrera utlämnande…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="93" />
      <source>Export…</source>
      <translation>Exportera…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="117" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="117" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message numerus="yes">
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="125" />
      <source>%n disclosure(s) recorded.</source>
      <translation>
        <numerusform>%n utlämnande registrerat.</numerusform>
        <numerusform>%n utlämnanden registrerade.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="144" />
      <source>The register was saved (not encrypted).</source>
      <translation>Registret sparades (okrypterat).</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="41" />
      <source>Due</source>
      <translation>Förfaller</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="41" />
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="41" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="41" />
      <source>Caseworker</source>
      <translation>Handläggare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="42" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="58" />
      <source>Overdue</source>
      <translation>Försenad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="58" />
      <source>Due soon</source>
      <translation>Förfaller snart</translation>
    </message>
  </context>
  <context>
    <name>DueView</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="84" />
      <source>Due and overdue</source>
      <translation>Att göra och försenat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="88" />
      <source>My cases</source>
      <translation>Mina ärenden</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="89" />
      <source>The whole unit</source>
      <translation>Hela enheten</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="93" />
      <source> days ahead</source>
      <translation> dagar framåt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="94" />
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="100" />
      <source>Show:</source>
      <translation>Visa:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/due_view.py" line="126" />
      <source>%1 items, %2 overdue</source>
      <translation>%1 uppgifter, %2 försenade</translation>
    </message>
  </context>
  <context>
    <name>EndInterventionDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="49" />
      <source>End the intervention</source>
      <translation>Avsluta insatsen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="53" />
      <source>&amp;Ends on:</source>
      <translation>&amp;Upphör:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="54" />
      <source>%1, decided on %2.</source>
      <translation>%1, beslutad %2.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="261" />
      <source>Fi&amp;nish</source>
      <translation>Fär&amp;dig</translation>
    </message>
  </context>
  <context>
    <name>FollowUpMenu</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_menu.py" line="40" />
      <source>Follo&amp;w-up</source>
      <translation>Upp&amp;följning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_menu.py" line="41" />
      <source>&amp;Due and overdue…</source>
      <translation>&amp;Att göra och försenat…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_menu.py" line="42" />
      <source>&amp;Statistics…</source>
      <translation>&amp;Statistik…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_menu.py" line="43" />
      <source>&amp;Log review…</source>
      <translation>&amp;Loggkontroll…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_menu.py" line="44" />
      <source>&amp;Retention (gallring)…</source>
      <translation>&amp;Gallring…</translation>
    </message>
  </context>
  <context>
    <name>FundingDecisionDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="105" />
      <source>The Police's decision on state funding</source>
      <translation>Polisens beslut om statliga medel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="111" />
      <source>&amp;Decision:</source>
      <translation>&amp;Beslut:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="112" />
      <source>Decided &amp;on:</source>
      <translation>Beslutat &amp;den:</translation>
    </message>
  </context>
  <context>
    <name>FundingDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="92" />
      <source>State funding applied for</source>
      <translation>Statliga medel sökta</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="96" />
      <source>&amp;Applied on:</source>
      <translation>&amp;Ansökt:</translation>
    </message>
  </context>
  <context>
    <name>IncidentDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="47" />
      <source>Incident against staff</source>
      <translation>Händelse mot personal</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="58" />
      <source>A role or initials, never a full name</source>
      <translation>En roll eller initialer, aldrig ett fullständigt namn</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="63" />
      <source>Reported to the Police</source>
      <translation>Polisanmäld</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="68" />
      <source>The Police's report number</source>
      <translation>Polisens diarienummer</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="99" />
      <source>&amp;When:</source>
      <translation>&amp;När:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="100" />
      <source>&amp;Kind:</source>
      <translation>&amp;Typ:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="101" />
      <source>&amp;Staff member:</source>
      <translation>&amp;Medarbetare:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="102" />
      <source>What &amp;happened:</source>
      <translation>&amp;Vad hände:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="103" />
      <source>W&amp;itnesses:</source>
      <translation>V&amp;ittnen:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="108" />
      <source>Attachments:</source>
      <translation>Bilagor:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="109" />
      <source>Police:</source>
      <translation>Polisen:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="110" />
      <source>&amp;Follow-up:</source>
      <translation>&amp;Uppföljning:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="113" />
      <source>Support offered:</source>
      <translation>Stöd som erbjudits:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/incident_dialog.py" line="153" />
      <source>Not saved: %1</source>
      <translation>Inte sparad: %1</translation>
    </message>
  </context>
  <context>
    <name>InformedDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="107" />
      <source>The relative was informed about support</source>
      <translation>Den anhörige har informerats om stöd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="111" />
      <source>Informed &amp;on:</source>
      <translation>Informerad &amp;den:</translation>
    </message>
  </context>
  <context>
    <name>InterventionDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="21" />
      <source>Add an intervention</source>
      <translation>Lägg till en insats</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="29" />
      <source>Starts on</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="30" />
      <source>Ends on</source>
      <translation>Upphör</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="31" />
      <source>&amp;Kind:</source>
      <translation>&amp;Typ:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="32" />
      <source>&amp;Urgency:</source>
      <translation>&amp;Brådska:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="33" />
      <source>&amp;Decided on:</source>
      <translation>Beslutad &amp;den:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="36" />
      <source>Urgent and time-limited interventions may be decided during the investigation; long-term ones after the decision. A time-limited intervention needs an end date.</source>
      <translation>Skyndsamma och tidsbegränsade insatser kan beslutas under utredningen, långsiktiga efter beslutet. En tidsbegränsad insats behöver ett slutdatum.</translation>
    </message>
  </context>
  <context>
    <name>InterventionsTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="95" />
      <source>Kind</source>
      <translation>Slag</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="96" />
      <source>Urgency</source>
      <translation>Brådska</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="97" />
      <source>Decided</source>
      <translation>Beslutat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="98" />
      <source>Starts</source>
      <translation>Börjar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="99" />
      <source>Ends</source>
      <translation>Upphör</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="102" />
      <source>&amp;Add intervention…</source>
      <translation>Lägg &amp;till insats…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="103" />
      <source>En&amp;d intervention…</source>
      <translation>A&amp;vsluta insats…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="105" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/interventions_tab.py" line="114" />
      <source>No interventions are recorded.</source>
      <translation>Inga insatser är registrerade.</translation>
    </message>
  </context>
  <context>
    <name>JournalTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="80" />
      <source>Write a new journal note…</source>
      <translation>Skriv en ny journalanteckning…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="81" />
      <source>Save &amp;draft</source>
      <translation>Spara &amp;utkast</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="82" />
      <source>Sa&amp;ve and sign</source>
      <translation>Spara och sign&amp;era</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="83" />
      <source>Sign selected</source>
      <translation>Signera markerad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="84" />
      <source>Correct s&amp;elected…</source>
      <translation>Rätta &amp;markerad…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="85" />
      <source>Edit selected d&amp;raft</source>
      <translation>Ändra markerat u&amp;tkast</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="120" />
      <source>signed by %1</source>
      <translation>signerad av %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="121" />
      <source>draft</source>
      <translation>utkast</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="124" />
      <source>corrects note %1</source>
      <translation>rättar anteckning %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="141" />
      <source>Writing a correction to note %1. The original stays as it is.</source>
      <translation>Du skriver en rättelse till anteckning %1. Originalet står kvar oförändrat.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="163" />
      <source>Editing draft note %1.</source>
      <translation>Du ändrar utkastet till anteckning %1.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="172" />
      <source>Utväg locked while you were writing. Your text was kept as draft note %1 and is back in the editor.</source>
      <translation>Utväg låstes medan du skrev. Texten sparades som utkast till anteckning %1 och finns åter i redigeraren.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="174" />
      <source>You left the case while writing. Your text was kept as draft note %1 and is back in the editor.</source>
      <translation>Du lämnade ärendet medan du skrev. Texten sparades som utkast till anteckning %1 och finns åter i redigeraren.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="200" />
      <source>Sign the note?</source>
      <translation>Signera anteckningen?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="201" />
      <source>A signed note can never be changed or removed; mistakes can only be corrected with a new note. Sign it now?</source>
      <translation>En signerad anteckning kan aldrig ändras eller tas bort; fel kan bara rättas med en ny anteckning. Signera nu?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="203" />
      <source>&amp;Sign</source>
      <translation>&amp;Signera</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="216" />
      <source>Not signed.</source>
      <translation>Inte signerad.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="224" />
      <source>The note is empty.</source>
      <translation>Anteckningen är tom.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="246" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="265" />
      <source>Signed; the note can no longer be changed.</source>
      <translation>Signerad; anteckningen kan inte längre ändras.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/journal_tab.py" line="247" />
      <source>Draft saved.</source>
      <translation>Utkastet är sparat.</translation>
    </message>
  </context>
  <context>
    <name>LinkRelativeDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="35" />
      <source>Link a relative</source>
      <translation>Koppla en anhörig</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="38" />
      <source>A person with a case here</source>
      <translation>En person med ärende här</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="39" />
      <source>A new person</source>
      <translation>En ny person</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="45" />
      <source>Name or case number</source>
      <translation>Namn eller ärendenummer</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="51" />
      <source>YYYYMMDD-NNNN (or leave empty)</source>
      <translation>ÅÅÅÅMMDD-NNNN (eller lämna tomt)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="52" />
      <source>Birth date</source>
      <translation>Födelsedatum</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="54" />
      <source>Informed about support on</source>
      <translation>Informerad om stöd den</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="61" />
      <source>&amp;Find:</source>
      <translation>&amp;Sök:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="62" />
      <source>&amp;Person:</source>
      <translation>&amp;Person:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="63" />
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="64" />
      <source>&amp;Identity number:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="66" />
      <source>&amp;Relation:</source>
      <translation>&amp;Relation:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="68" />
      <source>Responsible &amp;unit:</source>
      <translation>Ansvarig &amp;enhet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="69" />
      <source>&amp;Contact path:</source>
      <translation>&amp;Kontaktväg:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="86" />
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
  </context>
  <context>
    <name>LogReviewView</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="60" />
      <source>Log review</source>
      <translation>Loggkontroll</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="77" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="144" />
      <source>Select an access to see the case's whole log.</source>
      <translation>Välj en åtkomst för att se hela ärendets logg.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="79" />
      <source>No remarks</source>
      <translation>Utan anmärkning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="80" />
      <source>Remarks</source>
      <translation>Med anmärkning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="82" />
      <source>What was checked, and what was found</source>
      <translation>Vad som kontrollerades och vad som framkom</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="84" />
      <source>&amp;Sign off the month</source>
      <translation>&amp;Signera månadens kontroll</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="102" />
      <source>Month:</source>
      <translation>Månad:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="128" />
      <source>Signed off by %1 on %2 (%3 accesses).</source>
      <translation>Signerad av %1 den %2 (%3 åtkomster).</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="133" />
      <source>%1 accesses to review; not signed off yet.</source>
      <translation>%1 åtkomster att granska; inte signerad ännu.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="143" />
      <source>Every access to %1:</source>
      <translation>Varje åtkomst till %1:</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="161" />
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="163" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="269" />
      <source>DEMO (fictional data)</source>
      <translation>DEMO (påhittade uppgifter)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="165" />
      <source>&amp;File</source>
      <translation>&amp;Arkiv</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="166" />
      <source>&amp;Language</source>
      <translation>S&amp;pråk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="167" />
      <source>&amp;Help</source>
      <translation>&amp;Hjälp</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="168" />
      <source>&amp;New case…</source>
      <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="169" />
      <source>&amp;Search</source>
      <translation>&amp;Sök</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="170" />
      <source>&amp;Lock</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="171" />
      <source>&amp;Back up…</source>
      <translation>&amp;Säkerhetskopiera…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="172" />
      <source>&amp;Quit</source>
      <translation>&amp;Avsluta</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="173" />
      <source>&amp;About and policy…</source>
      <translation>&amp;Om Utväg och policy…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="174" />
      <source>My upcoming &amp;risk meetings…</source>
      <translation>Mina kommande &amp;riskmöten…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="322" />
      <source>Back up the vault</source>
      <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="331" />
      <source>Encrypted backup written (%1 MB).</source>
      <translation>Krypterad säkerhetskopia sparad (%1 MB).</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/window.py" line="339" />
      <source>Writing an encrypted backup…</source>
      <translation>Skriver en krypterad säkerhetskopia…</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="32" />
      <source>New case</source>
      <translation>Nytt ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="43" />
      <source>YYYYMMDD-NNNN</source>
      <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="46" />
      <source>YYYY-MM-DD, when there is no Swedish number</source>
      <translation>ÅÅÅÅ-MM-DD, när svenskt nummer saknas</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="48" />
      <source>Not stated</source>
      <translation>Ej angivet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="48" />
      <source>Female</source>
      <translation>Kvinna</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="49" />
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="49" />
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="52" />
      <source>Not known</source>
      <translation>Okänd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="65" />
      <source>&amp;Type of case:</source>
      <translation>&amp;Ärendetyp:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="66" />
      <source>&amp;Name:</source>
      <translation>&amp;Namn:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="67" />
      <source>&amp;Identity number:</source>
      <translation>&amp;Personnummer:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="68" />
      <source>&amp;Birth date:</source>
      <translation>&amp;Födelsedatum:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="69" />
      <source>&amp;Gender:</source>
      <translation>&amp;Kön:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="70" />
      <source>&amp;District of belonging:</source>
      <translation>&amp;Tillhörighet (stadsområde):</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="71" />
      <source>&amp;Address:</source>
      <translation>&amp;Adress:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="72" />
      <source>&amp;Protected identity:</source>
      <translation>&amp;Skyddad identitet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="116" />
      <source>Write the person's name.</source>
      <translation>Skriv personens namn.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="118" />
      <source>The identity number is not valid (check the digits and the date).</source>
      <translation>Personnumret är inte giltigt (kontrollera siffrorna och datumet).</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="120" />
      <source>Give a birth date as YYYY-MM-DD when there is no Swedish number.</source>
      <translation>Ange födelsedatum som ÅÅÅÅ-MM-DD när personen saknar svenskt nummer.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_case_dialog.py" line="121" />
      <source>Check the form: %1</source>
      <translation>Kontrollera formuläret: %1</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_passphrase.py" line="28" />
      <source>Set a new passphrase</source>
      <translation>Välj en ny lösenfras</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_passphrase.py" line="36" />
      <source>You unlocked with the recovery key. Choose a new passphrase now.</source>
      <translation>Du låste upp med återställningsnyckeln. Välj en ny lösenfras nu.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_passphrase.py" line="38" />
      <source>New passphrase:</source>
      <translation>Ny lösenfras:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_passphrase.py" line="39" />
      <source>Repeat:</source>
      <translation>Upprepa:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_passphrase.py" line="50" />
      <source>Too weak: use at least 12 characters, or more words.</source>
      <translation>För svag: använd minst 12 tecken eller fler ord.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/new_passphrase.py" line="53" />
      <source>The two passphrases differ.</source>
      <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="97" />
      <source>Case number:</source>
      <translation>Ärendenummer:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="97" />
      <source>Type:</source>
      <translation>Typ:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="97" />
      <source>Status:</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="98" />
      <source>Unit:</source>
      <translation>Enhet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="98" />
      <source>Caseworker:</source>
      <translation>Handläggare:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="98" />
      <source>Opened:</source>
      <translation>Öppnat:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="99" />
      <source>Name:</source>
      <translation>Namn:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="99" />
      <source>Identity number:</source>
      <translation>Personnummer:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="99" />
      <source>Address:</source>
      <translation>Adress:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="100" />
      <source>Protected identity:</source>
      <translation>Skyddad identitet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="101" />
      <source>District of belonging:</source>
      <translation>Tillhörighet (stadsområde):</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="101" />
      <source>Closed because:</source>
      <translation>Avslutat på grund av:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="111" />
      <source>%1 (decided %2)</source>
      <translation>%1 (beslutat %2)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="115" />
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="116" />
      <source>Show identit&amp;y (logged)</source>
      <translation>&amp;Visa identitet (loggas)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_view.py" line="117" />
      <source>Copy identity number (cleared after 10 s)</source>
      <translation>Kopiera personnumret (rensas efter 10 s)</translation>
    </message>
  </context>
  <context>
    <name>PassphrasePage</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="68" />
      <source>Create a passphrase</source>
      <translation>Skapa en lösenfras</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="69" />
      <source>Use at least 12 characters; a few unrelated words work well. Nobody can recover the passphrase for you. The vault is created when you continue; the unit and the passphrase cannot be changed in this wizard after that.</source>
      <translation>Använd minst 12 tecken; några ord som inte hör ihop fungerar bra. Ingen kan ta fram lösenfrasen åt dig. Valvet skapas när du går vidare; enheten och lösenfrasen kan inte ändras i den här guiden efter det.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="75" />
      <source>&amp;Create the vault</source>
      <translation>&amp;Skapa valvet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="89" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="91" />
      <source>&amp;Repeat:</source>
      <translation>&amp;Upprepa:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="95" />
      <source>Strength:</source>
      <translation>Styrka:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="108" />
      <source>Too weak: make it longer, or add more words.</source>
      <translation>För svag: gör den längre eller lägg till fler ord.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="110" />
      <source>The two passphrases differ.</source>
      <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="112" />
      <source>Good.</source>
      <translation>Bra.</translation>
    </message>
  </context>
  <context>
    <name>PdfExport</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/pdf.py" line="59" />
      <source>Save an unencrypted PDF?</source>
      <translation>Spara en okrypterad PDF?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/pdf.py" line="60" />
      <source>The PDF will NOT be encrypted. Anyone who can reach the place where you save it can read the assessment. Save it only where your organisation allows, and delete it when it is no longer needed. The printout is recorded in the case log.</source>
      <translation>PDF-filen blir INTE krypterad. Alla som kommer åt platsen där du sparar den kan läsa bedömningen. Spara den bara där din organisation tillåter det och radera den när den inte längre behövs. Utskriften registreras i ärendets logg.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/pdf.py" line="66" />
      <source>The person has a protected identity. The summary leaves out the name, identity number and address, but what it says may still point to the person: hand it only to someone entitled to it and record the handover in the disclosure register.</source>
      <translation>Personen har skyddad identitet. Sammanfattningen utelämnar namn, personnummer och adress, men innehållet kan ändå peka ut personen: lämna den bara till den som har rätt till den och registrera överlämnandet i utlämnanderegistret.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/pdf.py" line="85" />
      <source>Save the assessment as PDF</source>
      <translation>Spara bedömningen som PDF</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/pdf.py" line="89" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/pdf.py" line="106" />
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/assessment/pdf.py" line="107" />
      <source>The PDF could not be written there.</source>
      <translation>PDF-filen kunde inte sparas där.</translation>
    </message>
  </context>
  <context>
    <name>PoliceFollowUpDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="41" />
      <source>Follow-up with the Police</source>
      <translation>Uppföljning med Polisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="47" />
      <source>&amp;Held on:</source>
      <translation>&amp;Hölls:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="48" />
      <source>&amp;Phase:</source>
      <translation>&amp;Skede:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_followup_tab.py" line="49" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Resultat:</translation>
    </message>
  </context>
  <context>
    <name>QuickUnlockPage</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="235" />
      <source>Quick unlock</source>
      <translation>Snabbupplåsning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="236" />
      <source>Optional: open Utväg on this computer without typing the passphrase.</source>
      <translation>Valfritt: öppna Utväg på den här datorn utan att skriva lösenfrasen.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="238" />
      <source>Unlock with my computer account (system keyring)</source>
      <translation>Lås upp med mitt datorkonto (systemets nyckelring)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="242" />
      <source>The passphrase still works, and losing the keyring costs nothing but a passphrase prompt.</source>
      <translation>Lösenfrasen fungerar fortfarande, och om nyckelringen försvinner behöver du bara skriva lösenfrasen.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="244" />
      <source>Your organisation's policy does not allow quick unlock.</source>
      <translation>Organisationens policy tillåter inte snabbupplåsning.</translation>
    </message>
  </context>
  <context>
    <name>ReassignDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="56" />
      <source>Hand the case to a colleague</source>
      <translation>Lämna över ärendet till en kollega</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="66" />
      <source>%1: %2 → %3 (%4)</source>
      <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="71" />
      <source>Caseworker now:</source>
      <translation>Handläggare nu:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="72" />
      <source>&amp;To colleague:</source>
      <translation>&amp;Till kollega:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="73" />
      <source>&amp;Reason:</source>
      <translation>&amp;Skäl:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_actions.py" line="74" />
      <source>Earlier handovers:</source>
      <translation>Tidigare överlämningar:</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPage</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="141" />
      <source>Your recovery key</source>
      <translation>Din återställningsnyckel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="142" />
      <source>If you forget the passphrase, only this key opens the vault. It is shown once: print it or write it down, and keep it locked away.</source>
      <translation>Om du glömmer lösenfrasen är det bara den här nyckeln som öppnar valvet. Den visas en gång: skriv ut den eller skriv av den, och förvara den inlåst.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="155" />
      <source>&amp;Print…</source>
      <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="157" />
      <source>Save as P&amp;DF…</source>
      <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="174" />
      <source>The vault for %1 has been created. The unit and the passphrase can no longer be changed here (the passphrase can be changed later with utvag passwd).</source>
      <translation>Valvet för %1 är skapat. Enheten och lösenfrasen kan inte längre ändras här (lösenfrasen kan ändras senare med utvag passwd).</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="181" />
      <source>No printer is set up on this computer. Write the key down by hand, or save a PDF and print it elsewhere; then delete the PDF.</source>
      <translation>Ingen skrivare är installerad på den här datorn. Skriv av nyckeln för hand, eller spara en PDF och skriv ut den någon annanstans; radera sedan PDF-filen.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="190" />
      <source>Sent to the printer.</source>
      <translation>Skickad till skrivaren.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="194" />
      <source>Save the recovery key as PDF (not encrypted)</source>
      <translation>Spara återställningsnyckeln som PDF (inte krypterad)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="195" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="205" />
      <source>Saved; only you can read the file. Print it, then delete it.</source>
      <translation>Sparad; bara du kan läsa filen. Skriv ut den och radera den sedan.</translation>
    </message>
  </context>
  <context>
    <name>RelativesTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="148" />
      <source>Name</source>
      <translation>Namn</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="149" />
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="150" />
      <source>Own case</source>
      <translation>Eget ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="151" />
      <source>Informed on</source>
      <translation>Informerad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="152" />
      <source>Responsible unit</source>
      <translation>Ansvarig enhet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="154" />
      <source>Contact path</source>
      <translation>Kontaktväg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="157" />
      <source>Link relati&amp;ve…</source>
      <translation>K&amp;oppla anhörig…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="158" />
      <source>Mark as informe&amp;d…</source>
      <translation>&amp;Markera som informerad…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="160" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/relatives_tab.py" line="169" />
      <source>No relatives are recorded.</source>
      <translation>Inga anhöriga är registrerade.</translation>
    </message>
  </context>
  <context>
    <name>RetentionView</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="82" />
      <source>Retention (gallring)</source>
      <translation>Gallring</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="89" />
      <source>&amp;Due for destruction</source>
      <translation>&amp;Att gallra</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="90" />
      <source>Legal &amp;holds</source>
      <translation>Gallrings&amp;stopp</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="91" />
      <source>Destruction rec&amp;ord</source>
      <translation>Gallrings&amp;logg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="108" />
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="109" />
      <source>De&amp;stroy the due cases…</source>
      <translation>&amp;Gallra de förfallna ärendena…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="112" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="139" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="170" />
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="112" />
      <source>Last entry</source>
      <translation>Senaste anteckning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="112" />
      <source>Due from</source>
      <translation>Får gallras från</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="113" />
      <source>Complete by</source>
      <translation>Gallras senast</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="113" />
      <source>Decision</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="113" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="170" />
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="121" />
      <source>Evaluate on:</source>
      <translation>Bedöm per:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="139" />
      <source>Placed</source>
      <translation>Lagt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="139" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="170" />
      <source>By</source>
      <translation>Av</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="139" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="142" />
      <source>Case number</source>
      <translation>Ärendenummer</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="145" />
      <source>Why the records must be kept (e.g. requested in a court case)</source>
      <translation>Varför handlingarna måste bevaras (t.ex. begärda i ett mål)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="146" />
      <source>&amp;Place hold</source>
      <translation>Lägg &amp;in gallringsstopp</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="147" />
      <source>&amp;Lift the selected hold</source>
      <translation>&amp;Häv markerat gallringsstopp</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="154" />
      <source>A case under a legal hold, and every other case on the same person, is never destroyed while the hold is in force.</source>
      <translation>Ett ärende med gallringsstopp, och varje annat ärende om samma person, gallras aldrig så länge stoppet gäller.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="170" />
      <source>Destroyed on</source>
      <translation>Gallrat den</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="174" />
      <source>Only this record of each destroyed case is kept: its number, the day and the rule. Nothing of its content.</source>
      <translation>Av varje gallrat ärende sparas bara detta: numret, dagen och regeln. Inget av innehållet.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="199" />
      <source>Overdue</source>
      <translation>Försenad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="199" />
      <source>To be destroyed</source>
      <translation>Ska gallras</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="200" />
      <source>Kept</source>
      <translation>Bevaras</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="209" />
      <source>%1 cases due for destruction (%2 overdue), %3 kept.</source>
      <translation>%1 ärenden ska gallras (%2 försenade), %3 bevaras.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="212" />
      <source>Nothing is due for destruction on %1.</source>
      <translation>Inget ska gallras den %1.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="216" />
      <source>Cases are destroyed only on today's preview.</source>
      <translation>Ärenden gallras bara utifrån dagens förhandsvisning.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="237" />
      <source>Destroy cases?</source>
      <translation>Gallra ärenden?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="238" />
      <source>%1 cases and everything recorded on them will be destroyed for good: %2. Only their case numbers, the day and the rule are kept. This cannot be undone.</source>
      <translation>%1 ärenden och allt som antecknats i dem förstörs för gott: %2. Bara ärendenumren, dagen och regeln sparas. Det går inte att ångra.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="243" />
      <source>Destroy %1 cases</source>
      <translation>Gallra %1 ärenden</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="257" />
      <source>Nothing was destroyed.</source>
      <translation>Inget gallrades.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="268" />
      <source>%1 cases destroyed; the destruction record lists them.</source>
      <translation>%1 ärenden gallrade; gallringsloggen listar dem.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="279" />
      <source>Legal hold placed on %1.</source>
      <translation>Gallringsstopp lagt på %1.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="288" />
      <source>Select the hold to lift.</source>
      <translation>Markera det gallringsstopp som ska hävas.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/retention_view.py" line="296" />
      <source>Legal hold on %1 lifted.</source>
      <translation>Gallringsstoppet på %1 hävt.</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueueModel</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="43" />
      <source>When</source>
      <translation>När</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="43" />
      <source>Who</source>
      <translation>Vem</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="43" />
      <source>What</source>
      <translation>Vad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="43" />
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="44" />
      <source>Why reviewed</source>
      <translation>Varför granskas</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/logreview_view.py" line="51" />
      <source>(destroyed)</source>
      <translation>(gallrat)</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingDialog</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="108" />
      <source>Measures</source>
      <translation>Åtgärder</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="116" />
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="131" />
      <source>Save &amp;draft</source>
      <translation>Spara &amp;utkast</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="132" />
      <source>&amp;Sign</source>
      <translation>&amp;Signera</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="133" />
      <source>Cancel</source>
      <translation>Avbryt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="140" />
      <source>Meeting &amp;time:</source>
      <translation>Mötes&amp;tid:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="141" />
      <source>&amp;Place:</source>
      <translation>&amp;Plats:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="142" />
      <source>P&amp;articipants:</source>
      <translation>&amp;Deltagare:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="143" />
      <source>&amp;Risk factors:</source>
      <translation>&amp;Riskfaktorer:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="148" />
      <source>D&amp;ecision:</source>
      <translation>B&amp;eslut:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="149" />
      <source>Decision &amp;note:</source>
      <translation>Beslutsk&amp;ommentar:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="165" />
      <source>New risk assessment before a meeting</source>
      <translation>Ny riskbedömning inför särskilt riskmoment</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="170" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="231" />
      <source>Risk assessment before a meeting (draft)</source>
      <translation>Riskbedömning inför särskilt riskmoment (utkast)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="187" />
      <source>Risk assessment before a meeting (signed)</source>
      <translation>Riskbedömning inför särskilt riskmoment (signerad)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="222" />
      <source>Not saved: %1</source>
      <translation>Inte sparad: %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="232" />
      <source>Saved as a draft, not signed: %1</source>
      <translation>Sparad som utkast, inte signerad: %1</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingsModel</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="66" />
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="66" />
      <source>Meeting</source>
      <translation>Möte</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="67" />
      <source>Place</source>
      <translation>Plats</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="67" />
      <source>Decision</source>
      <translation>Beslut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="68" />
      <source>State</source>
      <translation>Läge</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="89" />
      <source>Upcoming meeting</source>
      <translation>Kommande möte</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="89" />
      <source>Past meeting</source>
      <translation>Tidigare möte</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="102" />
      <source>Signed</source>
      <translation>Signerad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="102" />
      <source>Draft</source>
      <translation>Utkast</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingsPanel</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="143" />
      <source>New risk assessment…</source>
      <translation>Ny riskbedömning…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="144" />
      <source>Edit draft…</source>
      <translation>Redigera utkast…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="145" />
      <source>Sign selected</source>
      <translation>Signera markerad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="167" />
      <source>%1 upcoming, %2 past</source>
      <translation>%1 kommande, %2 tidigare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="188" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="216" />
      <source>Signed; the assessment can no longer be changed.</source>
      <translation>Signerad; bedömningen kan inte längre ändras.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="190" />
      <source>Draft saved.</source>
      <translation>Utkastet är sparat.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_panel.py" line="210" />
      <source>Not signed: %1</source>
      <translation>Inte signerad: %1</translation>
    </message>
  </context>
  <context>
    <name>RiskMeetingsView</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_view.py" line="51" />
      <source>My upcoming risk meetings</source>
      <translation>Mina kommande riskmöten</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_view.py" line="52" />
      <source>Meetings with a risk assessment, soonest first. Press Enter to open the case.</source>
      <translation>Möten med en riskbedömning, närmast först. Tryck Enter för att öppna ärendet.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_view.py" line="54" />
      <source>&amp;Refresh</source>
      <translation>&amp;Uppdatera</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meetings_view.py" line="74" />
      <source>%1 meetings, %2 not signed</source>
      <translation>%1 möten, %2 inte signerade</translation>
    </message>
  </context>
  <context>
    <name>Sheet</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="46" />
      <source>Unit:</source>
      <translation>Enhet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="47" />
      <source>Vault id:</source>
      <translation>Valv-id:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="48" />
      <source>Created:</source>
      <translation>Skapad:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="52" />
      <source>Keep this sheet locked away, for example in the unit's safe, apart from the computer.</source>
      <translation>Förvara bladet inlåst, till exempel i enhetens kassaskåp, skilt från datorn.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="54" />
      <source>Do not photograph it, scan it or keep a copy on any computer.</source>
      <translation>Fotografera eller skanna det inte, och spara ingen kopia på någon dator.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="55" />
      <source>Anyone holding this key can open the vault without the passphrase.</source>
      <translation>Den som har nyckeln kan öppna valvet utan lösenfrasen.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="57" />
      <source>If the sheet is lost or seen by someone else, ask the administrator to make a new key (utvag rekey); the old key then stops working.</source>
      <translation>Om bladet kommer bort eller har setts av någon annan: be administratören att skapa en ny nyckel (utvag rekey); den gamla slutar då att fungera.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="61" />
      <source>Utväg recovery key</source>
      <translation>Återställningsnyckel för Utväg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="62" />
      <source>If the passphrase is forgotten, only this key opens the vault.</source>
      <translation>Om lösenfrasen glöms bort är det bara den här nyckeln som öppnar valvet.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/printing.py" line="64" />
      <source>How to keep it</source>
      <translation>Så förvarar du den</translation>
    </message>
  </context>
  <context>
    <name>StaffSafetyTab</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="164" />
      <source>Flag and conflicts of interest</source>
      <translation>Markering och jäv</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="165" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="176" />
      <source>Incidents against staff</source>
      <translation>Händelser mot personal</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="166" />
      <source>Risk meetings</source>
      <translation>Riskmöten</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="166" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="179" />
      <source>Rotation</source>
      <translation>Rotation</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="168" />
      <source>High-risk flag</source>
      <translation>Markering hög risk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="169" />
      <source>Linked to a criminal network</source>
      <translation>Kopplat till ett kriminellt nätverk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="172" />
      <source>What the threat consists of</source>
      <translation>Vad hotet består i</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="173" />
      <source>Flag as high-risk</source>
      <translation>Markera som hög risk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="174" />
      <source>Why the flag is cleared</source>
      <translation>Varför markeringen tas bort</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="175" />
      <source>Clear flag</source>
      <translation>Ta bort markeringen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="177" />
      <source>Record incident…</source>
      <translation>Registrera händelse…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="178" />
      <source>Print Police report draft…</source>
      <translation>Skriv ut utkast till polisanmälan…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="180" />
      <source>New caseworker (user name)</source>
      <translation>Ny handläggare (användarnamn)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="181" />
      <source>Reason</source>
      <translation>Skäl</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="182" />
      <source>Reassign</source>
      <translation>Byt handläggare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="183" />
      <source>Conflicts of interest</source>
      <translation>Jäv</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="186" />
      <source>Description (optional)</source>
      <translation>Beskrivning (valfri)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="187" />
      <source>Record conflict</source>
      <translation>Registrera jäv</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="188" />
      <source>How the conflict was resolved</source>
      <translation>Hur jävet hanterades</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="189" />
      <source>Resolve selected</source>
      <translation>Markera valt som hanterat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="218" />
      <source>The case is not flagged high-risk.</source>
      <translation>Ärendet är inte markerat som hög risk.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="220" />
      <source>Flagged high-risk since %1: %2</source>
      <translation>Markerat som hög risk sedan %1: %2</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="229" />
      <source>%1: %2 → %3 (%4)</source>
      <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="239" />
      <source>Unresolved conflict of interest: %1</source>
      <translation>Ohanterat jäv: %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="242" />
      <source>It concerns you.</source>
      <translation>Det gäller dig.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="244" />
      <source>High-risk case: follow the routine for high-risk cases.</source>
      <translation>Högriskärende: följ rutinen för högriskärenden.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="246" />
      <source>Risk-assessed meeting on %1.</source>
      <translation>Riskbedömt möte %1.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="249" />
      <source>The assessment is not signed.</source>
      <translation>Bedömningen är inte signerad.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="255" />
      <source>%1 flagged by %2: %3</source>
      <translation>%1 markerat av %2: %3</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="259" />
      <source>cleared %1: %2</source>
      <translation>borttagen %1: %2</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="266" />
      <source>reported to the Police %1 (%2)</source>
      <translation>polisanmäld %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="277" />
      <source>resolved: %1</source>
      <translation>hanterat: %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="285" />
      <source>Not saved: %1</source>
      <translation>Inte sparad: %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="318" />
      <source>Choose a conflict of interest first.</source>
      <translation>Välj ett jäv först.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/staff_safety_tab.py" line="336" />
      <source>Choose an incident first.</source>
      <translation>Välj en händelse först.</translation>
    </message>
  </context>
  <context>
    <name>StatTableModel</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="62" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="71" />
      <source>Total</source>
      <translation>Totalt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="89" />
      <source>Suppressed: too few cases to show, or it would reveal a small count</source>
      <translation>Undertryckt: för få ärenden för att visas, eller skulle avslöja ett litet antal</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="99" />
      <source>Statistics</source>
      <translation>Statistik</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="106" />
      <source>Export &amp;CSV…</source>
      <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="107" />
      <source>Export &amp;PDF report…</source>
      <translation>Exportera &amp;PDF-rapport…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="117" />
      <source>Year:</source>
      <translation>År:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="119" />
      <source>Table:</source>
      <translation>Tabell:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="146" />
      <source>De-identified counts. Every count below %1, and every count that would reveal one, is shown as x.</source>
      <translation>Avidentifierade antal. Varje antal under %1, och varje antal som skulle avslöja ett sådant, visas som x.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="170" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="178" />
      <source>Export statistics</source>
      <translation>Exportera statistik</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="171" />
      <source>The file will not be encrypted. It holds only de-identified counts with small numbers suppressed; store it as your unit's routine says.</source>
      <translation>Filen blir inte krypterad. Den innehåller bara avidentifierade antal där små tal är undertryckta; förvara den som enhetens rutin säger.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="176" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="176" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/statistics_view.py" line="198" />
      <source>Utväg statistics %1</source>
      <translation>Utväg statistik %1</translation>
    </message>
  </context>
  <context>
    <name>UnitPage</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="43" />
      <source>Welcome to Utväg</source>
      <translation>Välkommen till Utväg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="44" />
      <source>Utväg keeps your cases encrypted on this computer. First choose the unit you work for.</source>
      <translation>Utväg förvarar dina ärenden krypterade på den här datorn. Välj först den enhet du arbetar för.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="54" />
      <source>&amp;Unit:</source>
      <translation>&amp;Enhet:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/first_run.py" line="58" />
      <source>Set by your organisation's policy.</source>
      <translation>Bestäms av organisationens policy.</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="88" />
      <source>Utväg is locked</source>
      <translation>Utväg är låst</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="89" />
      <source>Vault: %1</source>
      <translation>Valv: %1</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="91" />
      <source>&amp;Recovery key:</source>
      <translation>&amp;Återställningsnyckel:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="92" />
      <source>Use the passphrase instead</source>
      <translation>Använd lösenfrasen i stället</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="95" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="96" />
      <source>Forgot the passphrase? Use the recovery key</source>
      <translation>Glömt lösenfrasen? Använd återställningsnyckeln</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="98" />
      <source>&amp;Unlock</source>
      <translation>Lås &amp;upp</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="99" />
      <source>&amp;Quick unlock</source>
      <translation>&amp;Snabbupplåsning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="122" />
      <source>Type the passphrase first.</source>
      <translation>Skriv lösenfrasen först.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/unlock_page.py" line="133" />
      <source>Try again in %n second(s).</source>
      <translation>
        <numerusform>Försök igen om %n sekund.</numerusform>
        <numerusform>Försök igen om %n sekunder.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="143" />
      <source>Search names, numbers and notes (Ctrl+F)</source>
      <translation>Sök namn, nummer och anteckningar (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="144" />
      <source>All types</source>
      <translation>Alla typer</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="147" />
      <source>All statuses</source>
      <translation>Alla statusar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="150" />
      <source>&amp;New case…</source>
      <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="151" />
      <source>Overd&amp;ue only</source>
      <translation>Endast försena&amp;de</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="152" />
      <source>Select a case and press Enter to open it.</source>
      <translation>Markera ett ärende och tryck Enter för att öppna det.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="154" />
      <source>DEMO — every case here is fictional. Nothing is kept after you quit.</source>
      <translation>DEMO — alla ärenden här är påhittade. Ingenting sparas när du avslutar.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="186" />
      <source>%1 cases shown</source>
      <translation>%1 ärenden visas</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="252" />
      <source>Protected identity</source>
      <translation>Skyddad identitet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/workspace.py" line="254" />
      <source>%1 · case %2</source>
      <translation>%1 · ärende %2</translation>
    </message>
  </context>
  <context>
    <name>caselife</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="18" />
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="23" />
      <source>Urgent</source>
      <translation>Skyndsam</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="24" />
      <source>Time-limited</source>
      <translation>Tidsbegränsad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="25" />
      <source>Long-term</source>
      <translation>Långsiktig</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="32" />
      <source>Parent</source>
      <translation>Förälder</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="33" />
      <source>Child</source>
      <translation>Barn</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="34" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="35" />
      <source>Sibling</source>
      <translation>Syskon</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="36" />
      <source>Other family</source>
      <translation>Annan familj</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="37" />
      <source>Other close person</source>
      <translation>Annan närstående</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="44" />
      <source>During interventions</source>
      <translation>Under insatser</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="45" />
      <source>After the case</source>
      <translation>Efter ärendet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="52" />
      <source>Unchanged</source>
      <translation>Oförändrat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="53" />
      <source>Threat raised</source>
      <translation>Hotet har ökat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="54" />
      <source>Threat lowered</source>
      <translation>Hotet har minskat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="55" />
      <source>New criminality</source>
      <translation>Ny brottslighet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="56" />
      <source>No information</source>
      <translation>Ingen information</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="63" />
      <source>Awaiting the Police</source>
      <translation>Inväntar Polisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="64" />
      <source>Granted</source>
      <translation>Beviljat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="65" />
      <source>Refused</source>
      <translation>Avslaget</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="71" />
      <source>Handling is transferred to another board</source>
      <translation>Handläggningen överflyttas till annan socialnämnd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="73" />
      <source>The defector case is completed</source>
      <translation>Avhopparärendet är fullföljt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="74" />
      <source>The person does not meet the defector criteria</source>
      <translation>Individen uppfyller inte kriterierna för avhoppare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="76" />
      <source>The consent has been withdrawn</source>
      <translation>Samtycket har återkallats</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="77" />
      <source>After consulting the Police, continuing is not appropriate</source>
      <translation>Efter samråd med Polismyndigheten är det inte lämpligt att fortsätta</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="79" />
      <source>The person has declined further support</source>
      <translation>Individen har avböjt fortsatt stöd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="81" />
      <source>Other reason</source>
      <translation>Annat skäl</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="96" />
      <source>The identity number is not valid: check the date and the last four digits.</source>
      <translation>Personnumret är inte giltigt: kontrollera datumet och de fyra sista siffrorna.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="99" />
      <source>A time-limited intervention needs an end date.</source>
      <translation>En tidsbegränsad insats behöver ett slutdatum.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="101" />
      <source>An intervention cannot end before it starts.</source>
      <translation>En insats kan inte upphöra innan den börjar.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="103" />
      <source>A new person needs a name.</source>
      <translation>En ny person behöver ett namn.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="104" />
      <source>A person without a Swedish identity number needs a birth date.</source>
      <translation>En person utan svenskt personnummer behöver ett födelsedatum.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="106" />
      <source>The birth date must be a past date.</source>
      <translation>Födelsedatumet måste ha passerat.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="108" />
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="110" />
      <source>The assessment cannot be made before the report was received.</source>
      <translation>Bedömningen kan inte göras innan anmälan inkom.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="112" />
      <source>The Police cannot decide before the application was made.</source>
      <translation>Polisen kan inte besluta innan ansökan gjordes.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="114" />
      <source>Say why the case is handed over.</source>
      <translation>Ange varför ärendet lämnas över.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="115" />
      <source>Name the colleague.</source>
      <translation>Ange kollegan.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/case_life_labels.py" line="116" />
      <source>The colleague is already the case's caseworker.</source>
      <translation>Kollegan är redan ärendets handläggare.</translation>
    </message>
  </context>
  <context>
    <name>disclosures</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="38" />
      <source>Transfer package</source>
      <translation>Överföringspaket</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="39" />
      <source>Answer to a Police request</source>
      <translation>Svar på en begäran från Polisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="40" />
      <source>Concern report</source>
      <translation>Orosanmälan</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="41" />
      <source>Printout handed over</source>
      <translation>Utskrift som lämnats över</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="42" />
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="48" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="49" />
      <source>Case</source>
      <translation>Ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="50" />
      <source>Journal notes</source>
      <translation>Journalanteckningar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="51" />
      <source>Assessments</source>
      <translation>Bedömningar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="52" />
      <source>Attachments</source>
      <translation>Bilagor</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="53" />
      <source>Audit excerpt</source>
      <translation>Loggutdrag</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="54" />
      <source>Transfer decision</source>
      <translation>Överföringsbeslut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="60" />
      <source>Police</source>
      <translation>Polisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="61" />
      <source>Security Service</source>
      <translation>Säkerhetspolisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="62" />
      <source>Prison and Probation Service</source>
      <translation>Kriminalvården</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="63" />
      <source>SiS (youth care)</source>
      <translation>SiS (ungdomsvård)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="64" />
      <source>Health care</source>
      <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="65" />
      <source>Other social services</source>
      <translation>Annan socialtjänst</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_form.py" line="66" />
      <source>Someone else</source>
      <translation>Någon annan</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/errors.py" line="35" />
      <source>Utväg: unexpected error</source>
      <translation>Utväg: oväntat fel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/errors.py" line="36" />
      <source>Something unexpected went wrong. Your saved data is safe. The details below contain no case data and can be given to support.</source>
      <translation>Något oväntat gick fel. Dina sparade uppgifter är oskadda. Detaljerna nedan innehåller inga ärendeuppgifter och kan lämnas till support.</translation>
    </message>
  </context>
  <context>
    <name>followup</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="13" />
      <source>Review the threat assessment</source>
      <translation>Förnya hotbildsbedömningen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="14" />
      <source>Follow up with the Police</source>
      <translation>Följ upp med Polisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="15" />
      <source>Follow up with the Police after the case</source>
      <translation>Följ upp med Polisen efter avslutat ärende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="17" />
      <source>Intervention ends</source>
      <translation>Insats upphör</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="18" />
      <source>State funding awaits the Police's decision</source>
      <translation>Statliga medel inväntar Polisens beslut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="20" />
      <source>Inform the relative about support</source>
      <translation>Informera anhörig om stöd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="21" />
      <source>Protection assessment (24 hours)</source>
      <translation>Skyddsbedömning (24 timmar)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="23" />
      <source>Preliminary assessment (14 days)</source>
      <translation>Förhandsbedömning (14 dagar)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="29" />
      <source>Low</source>
      <translation>Låg</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="30" />
      <source>High</source>
      <translation>Hög</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="35" />
      <source>Cases opened</source>
      <translation>Öppnade ärenden</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="36" />
      <source>Cases closed</source>
      <translation>Avslutade ärenden</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="37" />
      <source>Assessment and routing outcome</source>
      <translation>Bedömning och ärendefördelning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="38" />
      <source>Milieu</source>
      <translation>Miljö</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="39" />
      <source>Age</source>
      <translation>Ålder</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="40" />
      <source>Gender</source>
      <translation>Kön</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="41" />
      <source>Transfers to another board</source>
      <translation>Överflyttningar till annan nämnd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="42" />
      <source>Interventions chosen</source>
      <translation>Valda insatser</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="48" />
      <source>Jan–Mar</source>
      <translation>jan–mar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="48" />
      <source>Apr–Jun</source>
      <translation>apr–jun</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="49" />
      <source>Jul–Sep</source>
      <translation>jul–sep</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="49" />
      <source>Oct–Dec</source>
      <translation>okt–dec</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="50" />
      <source>Not assessed</source>
      <translation>Inte bedömd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="51" />
      <source>Not a defector</source>
      <translation>Inte avhoppare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="52" />
      <source>Defector, own district</source>
      <translation>Avhoppare, egen stadsdel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="53" />
      <source>Defector, other district</source>
      <translation>Avhoppare, annan stadsdel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="54" />
      <source>Special defector (SAV)</source>
      <translation>Särskild avhoppare (SAV)</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="55" />
      <source>Criminal network</source>
      <translation>Kriminellt nätverk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="56" />
      <source>Violent extremism</source>
      <translation>Våldsbejakande extremism</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="57" />
      <source>Honour context</source>
      <translation>Hederskontext</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="58" />
      <source>Under 15</source>
      <translation>Under 15</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="60" />
      <source>36 and over</source>
      <translation>36 och äldre</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="61" />
      <source>Unknown</source>
      <translation>Okänt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="62" />
      <source>Female</source>
      <translation>Kvinna</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="62" />
      <source>Male</source>
      <translation>Man</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="63" />
      <source>Other</source>
      <translation>Annat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="64" />
      <source>Protected housing</source>
      <translation>Skyddat boende</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="65" />
      <source>Relocation</source>
      <translation>Flytt</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="66" />
      <source>Financial support</source>
      <translation>Ekonomiskt bistånd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="67" />
      <source>Counselling</source>
      <translation>Stödsamtal</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="68" />
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="69" />
      <source>Work or education</source>
      <translation>Arbete eller utbildning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="70" />
      <source>Treatment</source>
      <translation>Behandling</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="71" />
      <source>Family support</source>
      <translation>Familjestöd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="77" />
      <source>Protected identity: every access</source>
      <translation>Skyddad identitet: varje åtkomst</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="78" />
      <source>High-risk case: every access</source>
      <translation>Högriskärende: varje åtkomst</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="79" />
      <source>Monthly sample</source>
      <translation>Månatligt stickprov</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="86" />
      <source>recorded an intervention</source>
      <translation>registrerade en insats</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="87" />
      <source>ended an intervention</source>
      <translation>avslutade en insats</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="88" />
      <source>linked a relative</source>
      <translation>kopplade en anhörig</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="89" />
      <source>updated a relative</source>
      <translation>ändrade en anhörig</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="90" />
      <source>recorded a Police follow-up</source>
      <translation>registrerade en uppföljning med Polisen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="91" />
      <source>recorded a concern report</source>
      <translation>registrerade en orosanmälan</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="92" />
      <source>updated a concern report</source>
      <translation>ändrade en orosanmälan</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="93" />
      <source>recorded a state-funding application</source>
      <translation>registrerade en ansökan om statliga medel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="94" />
      <source>recorded the Police's funding decision</source>
      <translation>registrerade Polisens beslut om statliga medel</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="95" />
      <source>closed the case</source>
      <translation>avslutade ärendet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="96" />
      <source>placed a legal hold</source>
      <translation>lade ett bevarandebeslut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="97" />
      <source>lifted a legal hold</source>
      <translation>hävde ett bevarandebeslut</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="98" />
      <source>destroyed the case (retention)</source>
      <translation>gallrade ärendet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="105" />
      <source>Kept: a legal hold is in force</source>
      <translation>Bevaras: gallringsstopp gäller</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="106" />
      <source>Kept: the case is still open</source>
      <translation>Bevaras: ärendet är öppet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="107" />
      <source>Kept: another case on the same person is open</source>
      <translation>Bevaras: ett annat ärende om samma person är öppet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/followup_labels.py" line="109" />
      <source>Kept: another case on the same person has a later entry</source>
      <translation>Bevaras: ett annat ärende om samma person har en senare anteckning</translation>
    </message>
  </context>
  <context>
    <name>high_risk</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="15" />
      <source>Serious threat</source>
      <translation>Allvarligt hot</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="16" />
      <source>Subtle threat</source>
      <translation>Subtilt hot</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="17" />
      <source>Harassment</source>
      <translation>Trakasserier</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="18" />
      <source>Violence</source>
      <translation>Våld</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="19" />
      <source>Stalking</source>
      <translation>Förföljelse</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="20" />
      <source>Threat against staff's family</source>
      <translation>Hot mot personalens familj</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="22" />
      <source>Property damage</source>
      <translation>Skadegörelse</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="32" />
      <source>Occupational health service</source>
      <translation>Företagshälsovård</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="33" />
      <source>Process supervision</source>
      <translation>Processhandledning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="34" />
      <source>Other support</source>
      <translation>Annat stöd</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="44" />
      <source>The caseworker reported the client to the Police</source>
      <translation>Handläggaren har polisanmält klienten</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="46" />
      <source>The client reported the caseworker</source>
      <translation>Klienten har anmält handläggaren</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/high_risk_labels.py" line="48" />
      <source>Other conflict of interest</source>
      <translation>Annat jäv</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="16" />
      <source>Defector</source>
      <translation>Avhoppare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="17" />
      <source>Relative</source>
      <translation>Anhörig</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="18" />
      <source>High-risk</source>
      <translation>Högrisk</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="24" />
      <source>Investigation</source>
      <translation>Utredning</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="25" />
      <source>Decided</source>
      <translation>Beslutat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="26" />
      <source>Interventions</source>
      <translation>Insatser</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="27" />
      <source>Closed</source>
      <translation>Avslutat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="28" />
      <source>Transferred</source>
      <translation>Överflyttat</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="34" />
      <source>None</source>
      <translation>Ingen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="35" />
      <source>Confidentiality marking</source>
      <translation>Sekretessmarkering</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="36" />
      <source>Protected population registration</source>
      <translation>Skyddad folkbokföring</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="39" />
      <source>Fictitious identity</source>
      <translation>Fingerade personuppgifter</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="60" />
      <source>Centrum</source>
      <translation>Centrum</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="61" />
      <source>Hisingen</source>
      <translation>Hisingen</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="62" />
      <source>Nordost</source>
      <translation>Nordost</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="63" />
      <source>Sydväst</source>
      <translation>Sydväst</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/labels.py" line="64" />
      <source>SAV (central defector unit)</source>
      <translation>SAV (samlad avhopparverksamhet)</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="20" />
      <source>The vault is open elsewhere (another Utväg window or command). Close it there first.</source>
      <translation>Valvet är öppet någon annanstans (ett annat Utväg-fönster eller kommando). Stäng det där först.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="27" />
      <source>The recovery key has a typo. Check every group of characters.</source>
      <translation>Återställningsnyckeln har ett skrivfel. Kontrollera varje teckengrupp.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="31" />
      <source>Wrong recovery key.</source>
      <translation>Fel återställningsnyckel.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="33" />
      <source>Quick unlock did not work here; use the passphrase.</source>
      <translation>Snabbupplåsningen fungerade inte här; använd lösenfrasen.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="34" />
      <source>Wrong passphrase.</source>
      <translation>Fel lösenfras.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="36" />
      <source>This is not a Utväg vault, or it is damaged. Nothing was changed. Restore from a backup or ask your administrator.</source>
      <translation>Det här är inte ett Utväg-valv, eller så är det skadat. Ingenting har ändrats. Återställ från en säkerhetskopia eller kontakta din administratör.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="42" />
      <source>No vault was found at this place.</source>
      <translation>Inget valv hittades på den här platsen.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/messages.py" line="45" />
      <source>Something went wrong. No case data was shown or saved.</source>
      <translation>Något gick fel. Inga ärendeuppgifter visades eller sparades.</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="44" />
      <source>Save an unencrypted register?</source>
      <translation>Spara ett okrypterat register?</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="45" />
      <source>The exported register is NOT encrypted. It names recipients and legal grounds but no person data. Save it only where your organisation allows.</source>
      <translation>Det exporterade registret är INTE krypterat. Det innehåller mottagare och rättsliga grunder men inga personuppgifter. Spara det bara där din organisation tillåter.</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/disclosure_register_tab.py" line="51" />
      <source>Export the register</source>
      <translation>Exportera registret</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/errors.py" line="17" />
      <source>Utväg</source>
      <translation>Utväg</translation>
    </message>
  </context>
  <context>
    <name>risk_meetings</name>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="45" />
      <source>Meet digitally or by phone</source>
      <translation>Mötet hålls digitalt eller per telefon</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="46" />
      <source>An extra colleague takes part</source>
      <translation>En extra kollega deltar</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="47" />
      <source>A personal-protection guard</source>
      <translation>Personskyddsväktare</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="49" />
      <source>The Police present or informed</source>
      <translation>Polisen närvarar eller är informerad</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="51" />
      <source>The adapted meeting room</source>
      <translation>Det anpassade mötesrummet</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="52" />
      <source>Advice from the security coordinator</source>
      <translation>Råd från säkerhetssamordnaren</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="59" />
      <source>Hold the meeting</source>
      <translation>Mötet genomförs</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="60" />
      <source>Hold the meeting with the chosen measures</source>
      <translation>Mötet genomförs med valda åtgärder</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="62" />
      <source>Postpone the meeting</source>
      <translation>Mötet skjuts upp</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="63" />
      <source>Cancel the meeting</source>
      <translation>Mötet ställs in</translation>
    </message>
    <message>
      <location filename="../../work/wt/app-case-life/desktop/utvag/ui/risk_meeting_dialog.py" line="66" />
      <source>Not decided yet</source>
      <translation>Inte beslutat ännu</translation>
    </message>
  </context>
</TS>