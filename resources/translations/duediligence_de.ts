<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>— no one —</source>
        <translation>— niemand —</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Add &amp;action</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>angehängt</translation>
    </message>
    <message>
        <source>to follow</source>
        <translation>folgt</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Yes / no / partly</source>
        <translation>Ja / nein / teilweise</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number (%1)</source>
        <translation>Zahl (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>expected yes, no or partly</source>
        <translation>erwartet ja, nein oder teilweise</translation>
    </message>
    <message>
        <source>expected attached, to follow or not available</source>
        <translation>erwartet angehängt, folgt oder nicht verfügbar</translation>
    </message>
    <message>
        <source>expected a date without a time</source>
        <translation>erwartet ein Datum ohne Uhrzeit</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>erwartet ein Datum</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>erwartet eine Zahl</translation>
    </message>
    <message>
        <source>expected yes or no (what the answer must be)</source>
        <translation>erwartet ja oder nein (wie die Antwort lauten muss)</translation>
    </message>
    <message>
        <source>a document can only be expected as attached</source>
        <translation>bei einem Dokument kann nur „angehängt“ erwartet werden</translation>
    </message>
    <message>
        <source>expected “&gt;= a number” or “&lt;= a number”</source>
        <translation>erwartet „&gt;= Zahl“ oder „&lt;= Zahl“</translation>
    </message>
    <message>
        <source>expected “&gt;= a date” or “&lt;= a date”</source>
        <translation>erwartet „&gt;= Datum“ oder „&lt;= Datum“</translation>
    </message>
    <message>
        <source>a text answer has no expected answer</source>
        <translation>eine Textantwort hat keine erwartete Antwort</translation>
    </message>
    <message>
        <source>answered “%1”, “%2” is required</source>
        <translation>geantwortet „%1“, „%2“ ist erforderlich</translation>
    </message>
    <message>
        <source>answered %1, at least %2 is required</source>
        <translation>geantwortet %1, mindestens %2 ist erforderlich</translation>
    </message>
    <message>
        <source>answered %1, at most %2 is required</source>
        <translation>geantwortet %1, höchstens %2 ist erforderlich</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>am oder nach %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>am oder vor %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
</context>
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <source>Apply a checklist template</source>
        <translation>Checklistenvorlage anwenden</translation>
    </message>
    <message>
        <source> (yours)</source>
        <translation> (Ihre)</translation>
    </message>
    <message>
        <source>The items are copied: each option gets its own checklist, “not checked”. Items an option already has are skipped. Later changes to the template do not change this evaluation.</source>
        <translation>Die Punkte werden kopiert: Jede Option erhält eine eigene Checkliste, „nicht geprüft“. Punkte, die eine Option bereits hat, werden übersprungen. Spätere Änderungen an der Vorlage ändern diese Bewertung nicht.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Apply to these &amp;options:</source>
        <translation>Auf diese &amp;Optionen anwenden:</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Approval of</source>
        <translation>Freigabe von</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>— no one named —</source>
        <translation>— niemand benannt —</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Approvals and sign-off</source>
        <translation>Freigaben und Abnahme</translation>
    </message>
    <message>
        <source>&amp;Add approval</source>
        <translation>Freigabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden…</translation>
    </message>
    <message>
        <source>%1 of %2 pending</source>
        <translation>%1 von %2 ausstehend</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>Entschieden.</translation>
    </message>
    <message>
        <source>All approvals are in: ready to decide.</source>
        <translation>Alle Freigaben liegen vor: bereit zur Entscheidung.</translation>
    </message>
    <message>
        <source>Missing before deciding:</source>
        <translation>Fehlt vor der Entscheidung:</translation>
    </message>
    <message>
        <source>Must sign off, no approval recorded: %1</source>
        <translation>Muss freigeben, keine Freigabe erfasst: %1</translation>
    </message>
    <message>
        <source>New approval</source>
        <translation>Neue Freigabe</translation>
    </message>
    <message>
        <source>Add approval</source>
        <translation>Freigabe hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n approval(s)</source>
        <translation>
            <numerusform>%n Freigabe löschen</numerusform>
            <numerusform>%n Freigaben löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Weighted score by group</source>
        <translation>Gewichtete Punktzahl nach Gruppe</translation>
    </message>
    <message>
        <source>Profile (radar)</source>
        <translation>Profil (Netzdiagramm)</translation>
    </message>
    <message>
        <source>Weight sensitivity (tornado)</source>
        <translation>Gewichtungssensitivität (Tornado)</translation>
    </message>
    <message>
        <source>Probability of ranking first</source>
        <translation>Wahrscheinlichkeit für Platz 1</translation>
    </message>
    <message>
        <source>Cost over the horizon</source>
        <translation>Kosten über den Betrachtungszeitraum</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Preis-Leistungs-Verhältnis</translation>
    </message>
    <message>
        <source>Discount rate and horizon</source>
        <translation>Abzinsungssatz und Betrachtungszeitraum</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <source>Stakeholders: power / interest</source>
        <translation>Stakeholder: Einfluss / Interesse</translation>
    </message>
    <message>
        <source>Enter options, criteria and scores in the matrix to see this chart.</source>
        <translation>Erfassen Sie Optionen, Kriterien und Punktzahlen in der Matrix, um dieses Diagramm zu sehen.</translation>
    </message>
    <message>
        <source>No option has a score yet.</source>
        <translation>Noch hat keine Option eine Punktzahl.</translation>
    </message>
    <message>
        <source>No options yet.</source>
        <translation>Noch keine Optionen.</translation>
    </message>
    <message>
        <source>A profile needs at least three criteria (or three criterion groups).</source>
        <translation>Ein Profil braucht mindestens drei Kriterien (oder drei Kriteriengruppen).</translation>
    </message>
    <message>
        <source>The tornado needs at least two ranked options.</source>
        <translation>Das Tornado-Diagramm braucht mindestens zwei gereihte Optionen.</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Skeptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <source>Cumulative cost of ownership</source>
        <translation>Kumulierte Gesamtbetriebskosten</translation>
    </message>
    <message>
        <source>%1, undiscounted, benefits left out; shaded: the cost items&apos; low–high ranges; dashed = excluded</source>
        <translation>%1, nicht abgezinst, ohne Nutzen; schattiert: die Niedrig–Hoch-Spannen der Kostenposten; gestrichelt = ausgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an option and its cost</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Years from the purchase (0 = one-time costs)</source>
        <translation>Jahre ab dem Kauf (0 = einmalige Kosten)</translation>
    </message>
    <message>
        <source>Not shown, costs unknown: %1</source>
        <translation>Nicht dargestellt, Kosten unbekannt: %1</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>After treatment (residual)</source>
        <translation>Nach der Behandlung (Restrisiko)</translation>
    </message>
    <message>
        <source>Before treatment</source>
        <translation>Vor der Behandlung</translation>
    </message>
    <message>
        <source>Open risks: likelihood × impact</source>
        <translation>Offene Risiken: Wahrscheinlichkeit × Auswirkung</translation>
    </message>
    <message>
        <source>Number of risks not closed in each cell</source>
        <translation>Anzahl nicht geschlossener Risiken je Zelle</translation>
    </message>
    <message>
        <source>Number of risks not closed in each cell; click a cell to list them</source>
        <translation>Anzahl nicht geschlossener Risiken je Zelle; klicken Sie auf eine Zelle, um sie aufzulisten</translation>
    </message>
    <message>
        <source>low 1–4</source>
        <translation>niedrig 1–4</translation>
    </message>
    <message>
        <source>medium 5–9</source>
        <translation>mittel 5–9</translation>
    </message>
    <message>
        <source>high 10–15</source>
        <translation>hoch 10–15</translation>
    </message>
    <message>
        <source>critical 16–25</source>
        <translation>kritisch 16–25</translation>
    </message>
    <message>
        <source>Stakeholders: power and interest</source>
        <translation>Stakeholder: Einfluss und Interesse</translation>
    </message>
    <message>
        <source>“High” is %1 or more; colour and shape show today&apos;s stance</source>
        <translation>„Hoch“ heißt %1 oder mehr; Farbe und Form zeigen die heutige Haltung</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Not on the grid yet (no influence or interest): %1</source>
        <translation>Noch nicht im Raster (kein Einfluss oder Interesse): %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a rank and an option</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (excluded)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message>
        <source>Weighted score by criterion group</source>
        <translation>Gewichtete Punktzahl nach Kriteriengruppe</translation>
    </message>
    <message>
        <source>0–100, best first; each segment is what a criterion group adds to the score</source>
        <translation>0–100, beste zuerst; jedes Segment ist der Beitrag einer Kriteriengruppe zur Punktzahl</translation>
    </message>
    <message>
        <source>0–100, best first; each segment is what a criterion group adds to the score (risk-adjusted)</source>
        <translation>0–100, beste zuerst; jedes Segment ist der Beitrag einer Kriteriengruppe zur Punktzahl (risikobereinigt)</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>noch keine Punktzahlen</translation>
    </message>
    <message>
        <source>%1  (%2 unscored)</source>
        <translation>%1  (%2 ohne Punktzahl)</translation>
    </message>
    <message>
        <source>Profile by criterion group</source>
        <translation>Profil nach Kriteriengruppe</translation>
    </message>
    <message>
        <source>Profile by criterion</source>
        <translation>Profil nach Kriterium</translation>
    </message>
    <message>
        <source>Utility 0–1 per axis (1 = best on those criteria); dashed = excluded</source>
        <translation>Nutzen 0–1 je Achse (1 = beste bei diesen Kriterien); gestrichelt = ausgeschlossen</translation>
    </message>
    <message>
        <source>How far can each weight move before the winner changes?</source>
        <translation>Wie weit kann sich jede Gewichtung bewegen, bevor sich der Sieger ändert?</translation>
    </message>
    <message>
        <source>Most fragile first. Inside the coloured band %1 stays first; | marks today&apos;s share</source>
        <translation>Empfindlichste zuerst. Innerhalb des farbigen Bands bleibt %1 vorn; | markiert den heutigen Anteil</translation>
    </message>
    <message>
        <source>Share of the total weight (%)</source>
        <translation>Anteil an der Gesamtgewichtung (%)</translation>
    </message>
    <message>
        <source>Benefit score without the cost criteria, against TCO; line: the efficient frontier</source>
        <translation>Nutzenpunktzahl ohne die Kostenkriterien, gegen TCO; Linie: die Effizienzgrenze</translation>
    </message>
    <message>
        <source>Benefit score without the cost criteria, against NPV; line: the efficient frontier</source>
        <translation>Nutzenpunktzahl ohne die Kostenkriterien, gegen den Kapitalwert; Linie: die Effizienzgrenze</translation>
    </message>
    <message>
        <source>(dominated)</source>
        <translation>(dominiert)</translation>
    </message>
    <message>
        <source>TCO (%1, lower is better)</source>
        <translation>TCO (%1, niedriger ist besser)</translation>
    </message>
    <message>
        <source>NPV (%1, higher is better)</source>
        <translation>Kapitalwert (%1, höher ist besser)</translation>
    </message>
    <message>
        <source>Benefit score (0–100)</source>
        <translation>Nutzenpunktzahl (0–100)</translation>
    </message>
    <message>
        <source>Efficient frontier</source>
        <translation>Effizienzgrenze</translation>
    </message>
    <message>
        <source>Dominated: another costs no more and scores no lower</source>
        <translation>Dominiert: eine andere kostet nicht mehr und erzielt keine niedrigere Punktzahl</translation>
    </message>
    <message>
        <source>Not shown (benefit or money unknown): %1</source>
        <translation>Nicht gezeigt (Nutzen oder Geld unbekannt): %1</translation>
    </message>
    <message>
        <source>Does the winner depend on the discount rate or the horizon?</source>
        <translation>Hängt der Sieger vom Abzinsungssatz oder vom Betrachtungszeitraum ab?</translation>
    </message>
    <message>
        <source>No option is ranked yet.</source>
        <translation>Noch keine Option ist gereiht.</translation>
    </message>
    <message>
        <source>In a blank gap the winner changes somewhere between the two values tried.</source>
        <translation>In einer leeren Lücke wechselt der Sieger irgendwo zwischen den beiden erprobten Werten.</translation>
    </message>
    <message>
        <source>Inside the coloured band %1 stays first; | marks today&apos;s value.</source>
        <translation>Innerhalb des farbigen Bands bleibt %1 vorn; | markiert den heutigen Wert.</translation>
    </message>
    <message>
        <source>%1 stays first</source>
        <translation>%1 bleibt vorn</translation>
    </message>
    <message>
        <source>%1 takes over</source>
        <translation>%1 übernimmt</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Abzinsungssatz</translation>
    </message>
    <message>
        <source>Discount rate (%)</source>
        <translation>Abzinsungssatz (%)</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Betrachtungszeitraum</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>Betrachtungszeitraum (Jahre)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>How often does each option come first?</source>
        <translation>Wie oft kommt jede Option zuerst?</translation>
    </message>
    <message>
        <source>%1 (not running)</source>
        <translation>%1 (nicht im Rennen)</translation>
    </message>
    <message>
        <source>Draws in which it is first (%)</source>
        <translation>Ziehungen, in denen sie vorn liegt (%)</translation>
    </message>
    <message>
        <source>Score: mean and 5–95 % range</source>
        <translation>Punktzahl: Mittelwert und 5–95-%-Spanne</translation>
    </message>
    <message>
        <source>Monte Carlo over the evidence&apos;s ranges and missing scores: %1 draws, seed %2.</source>
        <translation>Monte-Carlo-Simulation über die Spannen der Nachweise und fehlende Punktzahlen: %1 Ziehungen, Startwert %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an option and why its costs are unknown</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No option has its costs entered yet.</source>
        <translation>Noch hat keine Option erfasste Kosten.</translation>
    </message>
    <message>
        <source>Add each option&apos;s costs under Options &amp; scores to see this chart.</source>
        <translation>Erfassen Sie die Kosten jeder Option unter „Optionen &amp; Punkte“, um dieses Diagramm zu sehen.</translation>
    </message>
    <message>
        <source>%1 (all options)</source>
        <translation>%1 (alle Optionen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a risk and the options it concerns</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No open risks with a likelihood and an impact yet.</source>
        <translation>Noch keine offenen Risiken mit Wahrscheinlichkeit und Auswirkung.</translation>
    </message>
    <message>
        <source>Add them in the Risks tab.</source>
        <translation>Erfassen Sie sie im Reiter „Risiken“.</translation>
    </message>
    <message>
        <source>No stakeholders with an influence and an interest yet.</source>
        <translation>Noch keine Stakeholder mit Einfluss und Interesse.</translation>
    </message>
    <message>
        <source>Add them with their influence and interest in the Stakeholders tab to see this grid.</source>
        <translation>Erfassen Sie sie mit Einfluss und Interesse im Reiter „Stakeholder“, um dieses Raster zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to show yet: no criteria and scores.</source>
        <translation>Noch nichts anzuzeigen: keine Kriterien und Punktzahlen.</translation>
    </message>
    <message>
        <source>No option is in the running yet (all excluded, failing a must-have or without scores).</source>
        <translation>Noch ist keine Option im Rennen (alle ausgeschlossen, an einem Muss-Kriterium gescheitert oder ohne Punktzahlen).</translation>
    </message>
    <message>
        <source>Score the options and enter their costs under Options &amp; scores to see this chart.</source>
        <translation>Bewerten Sie die Optionen und erfassen Sie ihre Kosten unter „Optionen &amp; Bewertungen“, um dieses Diagramm zu sehen.</translation>
    </message>
    <message>
        <source>The options cannot be ranked yet.</source>
        <translation>Die Optionen können noch nicht gereiht werden.</translation>
    </message>
    <message>
        <source>No ranked option has both a benefit score and known money yet.</source>
        <translation>Noch keine gereihte Option hat sowohl eine Nutzenpunktzahl als auch bekannte Geldbeträge.</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>an amount in millions</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1 k</source>
        <comment>an amount in thousands</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Missing weight</source>
        <translation>Fehlendes Gewicht</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>Nutzwerte</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abwärts</translation>
    </message>
    <message>
        <source>Down winner</source>
        <translation>Sieger abwärts</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aufwärts</translation>
    </message>
    <message>
        <source>Up winner</source>
        <translation>Sieger aufwärts</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Im Rennen</translation>
    </message>
    <message>
        <source>P first</source>
        <translation>Wahrscheinlichkeit für Platz 1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Dominated by</source>
        <translation>Dominiert von</translation>
    </message>
    <message>
        <source>On frontier</source>
        <translation>Auf der Effizienzgrenze</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Tried from</source>
        <translation>Erprobt ab</translation>
    </message>
    <message>
        <source>Tried to</source>
        <translation>Erprobt bis</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Down at</source>
        <translation>Abwärts bei</translation>
    </message>
    <message>
        <source>Up at</source>
        <translation>Aufwärts bei</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Vor der Behandlung</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>manage closely</source>
        <translation>eng einbinden</translation>
    </message>
    <message>
        <source>keep satisfied</source>
        <translation>zufriedenstellen</translation>
    </message>
    <message>
        <source>keep informed</source>
        <translation>informiert halten</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>skeptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column of the data table and its group or axis</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column heading and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ohne Gruppe</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Show &amp;data</source>
        <translation>&amp;Daten zeigen</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart as a table</source>
        <translation>Die Zahlen hinter dem Diagramm als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Diagrammdaten</translation>
    </message>
    <message>
        <source>This chart could not be computed: %1</source>
        <translation>Dieses Diagramm konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Open an evaluation to see its charts.</source>
        <translation>Öffnen Sie eine Bewertung, um ihre Diagramme zu sehen.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Hide &amp;data</source>
        <translation>&amp;Daten ausblenden</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>likelihood %1 × impact %2</source>
        <translation>Wahrscheinlichkeit %1 × Auswirkung %2</translation>
    </message>
    <message>
        <source>No open risk at %1.</source>
        <translation>Kein offenes Risiko bei %1.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Datum des Nachweises</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Überprüft am</translation>
    </message>
    <message>
        <source>When the answer was last confirmed; older than the review interval counts as stale.</source>
        <translation>Wann die Antwort zuletzt bestätigt wurde; älter als das Prüfintervall gilt als veraltet.</translation>
    </message>
    <message>
        <source>Critical: if this check fails, the option is flagged in the comparison.</source>
        <translation>Kritisch: Ist dieser Prüfpunkt nicht erfüllt, wird die Option im Vergleich markiert.</translation>
    </message>
    <message>
        <source>Stale: last reviewed on %1, longer ago than the review interval. Check it again.</source>
        <translation>Veraltet: zuletzt am %1 überprüft, länger her als das Prüfintervall. Bitte erneut prüfen.</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Show the checklist of</source>
        <translation>Checkliste anzeigen von</translation>
    </message>
    <message>
        <source>Due-diligence checklist</source>
        <translation>Due-Diligence-Checkliste</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>Vorlage anwenden…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Prüfpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Raise a risk</source>
        <translation>Risiko erfassen</translation>
    </message>
    <message>
        <source>Raise a risk in the register from this checklist item</source>
        <translation>Aus diesem Checklistenpunkt ein Risiko im Risikoregister erfassen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected checks</source>
        <translation>Die ausgewählten Prüfpunkte entfernen</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Prüfpunkt entfernen</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Option:</translation>
    </message>
    <message>
        <source>All options</source>
        <translation>Alle Optionen</translation>
    </message>
    <message>
        <source>&lt;b&gt;All options:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Alle Optionen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Choose an option to see its progress per category.</source>
        <translation>Wählen Sie eine Option, um ihren Fortschritt je Kategorie zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due diligence:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Due Diligence:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> (“not applicable” counts as done)</source>
        <translation> („nicht zutreffend“ zählt als erledigt)</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>No checklist yet for this option: apply a template or add checks.</source>
        <translation>Noch keine Checkliste für diese Option: Wenden Sie eine Vorlage an oder fügen Sie Prüfpunkte hinzu.</translation>
    </message>
    <message>
        <source>1 critical check fails</source>
        <translation>1 kritischer Prüfpunkt nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 critical checks fail</source>
        <translation>%1 kritische Prüfpunkte nicht erfüllt</translation>
    </message>
    <message>
        <source>Choose an option first</source>
        <translation>Wählen Sie zuerst eine Option</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Neuer Prüfpunkt</translation>
    </message>
    <message>
        <source>Add a check to “%1”</source>
        <translation>Prüfpunkt zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Raise a risk from “%1”</source>
        <translation>Risiko aus „%1“ erfassen</translation>
    </message>
    <message>
        <source>Remove a check</source>
        <translation>Einen Prüfpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove %1 checks</source>
        <translation>%1 Prüfpunkte entfernen</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <source>Score matrix</source>
        <translation>Bewertungsmatrix</translation>
    </message>
    <message>
        <source>Options &amp;&amp; costs</source>
        <translation>Optionen &amp;&amp; Kosten</translation>
    </message>
    <message>
        <source>Criteria &amp;&amp; weights</source>
        <translation>Kriterien &amp;&amp; Gewichtungen</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robustheit</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Internal effort</source>
        <translation>Interner Aufwand</translation>
    </message>
    <message>
        <source>Benefit (expected return)</source>
        <translation>Nutzen (erwarteter Ertrag)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No costs entered for this option: its cost is unknown, not 0.</source>
        <translation>Für diese Option sind keine Kosten erfasst: Ihre Kosten sind unbekannt, nicht 0.</translation>
    </message>
    <message>
        <source>No amount entered for %1: the total is unknown until one is typed.</source>
        <translation>Kein Betrag für %1 erfasst: Die Summe bleibt unbekannt, bis einer eingegeben ist.</translation>
    </message>
    <message>
        <source>No exchange rate for %1: the total is unknown until the rate is stated.</source>
        <translation>Kein Wechselkurs für %1: Die Summe bleibt unbekannt, bis der Kurs angegeben ist.</translation>
    </message>
    <message>
        <source>no returns entered</source>
        <translation>keine Erträge erfasst</translation>
    </message>
    <message>
        <source>not within %n years</source>
        <translation>nicht innerhalb von %n Jahren</translation>
    </message>
    <message>
        <source>not within 1 year</source>
        <translation>nicht innerhalb von 1 Jahr</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
</context>
<context>
    <name>CostsEditor</name>
    <message>
        <source>Costs and returns of the selected option</source>
        <translation>Kosten und Erträge der ausgewählten Option</translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation>Kosten hinzufügen</translation>
    </message>
    <message>
        <source>Add expected return</source>
        <translation>Erwarteten Ertrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected costs</source>
        <translation>Die ausgewählten Kosten entfernen</translation>
    </message>
    <message>
        <source>Remove cost</source>
        <translation>Kosten entfernen</translation>
    </message>
    <message>
        <source>When the money falls: a one-time cost in its Year (0 = at signing), a yearly one every year from its first year until its last, changing by “Change a year”. Quotes in another currency are converted at the exchange rates under Money compared. Money falling after the horizon is not counted.</source>
        <translation>Wann das Geld fällig wird: einmalige Kosten in ihrem Jahr (0 = bei Vertragsunterzeichnung), jährliche Kosten jedes Jahr von ihrem ersten bis zu ihrem letzten Jahr, verändert um „Änderung pro Jahr“. Angebote in einer anderen Währung werden zu den Wechselkursen unter „Geld im Vergleich“ umgerechnet. Geld, das nach dem Betrachtungszeitraum fällig wird, wird nicht gezählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Costs and returns of “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kosten und Erträge von „%1“&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Costs and returns&lt;/b&gt; — select an option</source>
        <translation>&lt;b&gt;Kosten und Erträge&lt;/b&gt; — wählen Sie eine Option</translation>
    </message>
    <message>
        <source>New expected return</source>
        <translation>Neuer erwarteter Ertrag</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>Neue Kosten</translation>
    </message>
    <message>
        <source>Add a cost to “%1”</source>
        <translation>Kosten zu „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n cost(s) of “%1”</source>
        <translation>
            <numerusform>Einen Kostenposten von „%1“ entfernen</numerusform>
            <numerusform>%n Kostenposten von „%1“ entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <source>Cost or return</source>
        <translation>Kosten oder Ertrag</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Ab Jahr</translation>
    </message>
    <message>
        <source>Until year</source>
        <translation>Bis Jahr</translation>
    </message>
    <message>
        <source>Change a year</source>
        <translation>Änderung pro Jahr</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The year a one-time cost falls in: 0 = at signing, 3 = at the end of the third year.</source>
        <translation>Das Jahr, in dem einmalige Kosten anfallen: 0 = bei Vertragsunterzeichnung, 3 = am Ende des dritten Jahres.</translation>
    </message>
    <message>
        <source>A yearly cost&apos;s first year: 1 = paid at the end of the first year, 0 = paid in advance at signing.</source>
        <translation>Erstes Jahr jährlicher Kosten: 1 = am Ende des ersten Jahres gezahlt, 0 = im Voraus bei Vertragsunterzeichnung gezahlt.</translation>
    </message>
    <message>
        <source>A yearly cost&apos;s last year; blank: to the end of the horizon.</source>
        <translation>Letztes Jahr jährlicher Kosten; leer: bis zum Ende des Betrachtungszeitraums.</translation>
    </message>
    <message>
        <source>How much a yearly cost changes each year, in percent: 5 means the second year pays 5 % more than the first.</source>
        <translation>Wie stark sich jährliche Kosten jedes Jahr ändern, in Prozent: 5 bedeutet, dass im zweiten Jahr 5 % mehr gezahlt werden als im ersten.</translation>
    </message>
    <message>
        <source>The currency of the amounts; blank: the evaluation&apos;s currency. Other currencies are converted at the exchange rates under Money compared.</source>
        <translation>Die Währung der Beträge; leer: die Währung der Bewertung. Andere Währungen werden zu den Wechselkursen unter „Geld im Vergleich“ umgerechnet.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>No amount yet: the option&apos;s money stays unknown (not 0) until one is typed.</source>
        <translation>Noch kein Betrag: Das Geld der Option bleibt unbekannt (nicht 0), bis einer eingegeben ist.</translation>
    </message>
    <message>
        <source>An expected return: it counts towards NPV and payback, not towards the TCO.</source>
        <translation>Ein erwarteter Ertrag: Er zählt zu Kapitalwert und Amortisation, nicht zu den TCO.</translation>
    </message>
    <message>
        <source>No exchange rate for %1: this line&apos;s amount, and the option&apos;s totals, stay unknown until one is stated under Money compared.</source>
        <translation>Kein Wechselkurs für %1: Der Betrag dieser Zeile und die Summen der Option bleiben unbekannt, bis unter „Geld im Vergleich“ einer angegeben ist.</translation>
    </message>
    <message>
        <source>Converted at 1 %1 = %2 %3 once an amount is typed.</source>
        <translation>Wird zu 1 %1 = %2 %3 umgerechnet, sobald ein Betrag eingegeben ist.</translation>
    </message>
    <message>
        <source>%1 %2 = %3 at 1 %1 = %4 %5</source>
        <translation>%1 %2 = %3 bei 1 %1 = %4 %5</translation>
    </message>
    <message>
        <source>(rates of %1)</source>
        <translation>(Kurse vom %1)</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Criteria and weights</source>
        <translation>Kriterien und Gewichtungen</translation>
    </message>
    <message>
        <source>Weights from</source>
        <translation>Gewichtungen aus</translation>
    </message>
    <message>
        <source>&amp;Compare in pairs…</source>
        <translation>Paarweise &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Swing weights…</source>
        <translation>&amp;Swing-Gewichtung…</translation>
    </message>
    <message>
        <source>Set the weights by rating how much each criterion&apos;s worst-to-best swing matters</source>
        <translation>Gewichtungen festlegen, indem Sie einstufen, wie wichtig Ihnen der Swing jedes Kriteriums vom schlechtesten zum besten Wert ist</translation>
    </message>
    <message>
        <source>&amp;Value function…</source>
        <translation>&amp;Wertfunktion…</translation>
    </message>
    <message>
        <source>How a measured criterion&apos;s values become worth 0–100: a line, points you set, or levels</source>
        <translation>Wie die Werte eines gemessenen Kriteriums zu einem Nutzwert von 0–100 werden: eine Linie, selbst gesetzte Punkte oder Stufen</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>Kriterium &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;group…</source>
        <translation>&amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move to gr&amp;oup</source>
        <translation>In Gru&amp;ppe verschieben</translation>
    </message>
    <message>
        <source>&amp;Weights from:</source>
        <translation>&amp;Gewichtungen aus:</translation>
    </message>
    <message>
        <source>Add a criterion to the current group (Insert)</source>
        <translation>Ein Kriterium zur aktuellen Gruppe hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Add a group of criteria</source>
        <translation>Eine Gruppe von Kriterien hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected criteria or group (Delete)</source>
        <translation>Die ausgewählten Kriterien oder die Gruppe entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up within its group (Alt+Up)</source>
        <translation>Innerhalb der Gruppe nach oben (Alt+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move down within its group (Alt+Down)</source>
        <translation>Innerhalb der Gruppe nach unten (Alt+Pfeil runter)</translation>
    </message>
    <message>
        <source>Put the selected criteria into another group</source>
        <translation>Die ausgewählten Kriterien in eine andere Gruppe verschieben</translation>
    </message>
    <message>
        <source>No criteria yet: add what matters to the people deciding, then give each a weight.</source>
        <translation>Noch keine Kriterien: Erfassen Sie, was den Entscheidern wichtig ist, und geben Sie jedem eine Gewichtung.</translation>
    </message>
    <message>
        <source>All weights are zero: nothing to rank by. Give at least one criterion a weight above zero.</source>
        <translation>Alle Gewichtungen sind null: Es gibt nichts, wonach gereiht werden kann. Geben Sie mindestens einem Kriterium eine Gewichtung über null.</translation>
    </message>
    <message>
        <source>The pairwise comparisons do not yet connect all criteria, so there are no weights yet: use Compare in pairs… to link the separate groups.</source>
        <translation>Die paarweisen Vergleiche verbinden noch nicht alle Kriterien, daher gibt es noch keine Gewichtungen: Verbinden Sie die getrennten Gruppen mit „Paarweise vergleichen…“.</translation>
    </message>
    <message>
        <source>Consistency ratio %1 is above 0.10: the judgements contradict each other. Revisit them with Compare in pairs….</source>
        <translation>Der Konsistenzquotient %1 liegt über 0,10: Die Urteile widersprechen sich. Überarbeiten Sie sie mit „Paarweise vergleichen…“.</translation>
    </message>
    <message>
        <source>Weights from pairwise comparisons; consistency ratio %1 (consistent).</source>
        <translation>Gewichtungen aus paarweisen Vergleichen; Konsistenzquotient %1 (konsistent).</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>Neues Kriterium %1</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove group “%1”</source>
        <translation>Gruppe „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove groups</source>
        <translation>Gruppen entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove criteria</source>
        <translation>Kriterien entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>In Gruppe verschieben</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Keine Gruppe</translation>
    </message>
    <message>
        <source>Value function of “%1”</source>
        <translation>Wertfunktion von „%1“</translation>
    </message>
    <message>
        <source>Swing weights</source>
        <translation>Swing-Gewichtung</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Move to &amp;group</source>
        <translation>In &amp;Gruppe verschieben</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normierung</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Muss-Kriterium</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Values from</source>
        <translation>Werte aus</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Keiner Gruppe zugeordnet</translation>
    </message>
    <message>
        <source>Criteria that belong to no group</source>
        <translation>Kriterien, die zu keiner Gruppe gehören</translation>
    </message>
    <message>
        <source>Group “%1”: double-click to rename</source>
        <translation>Gruppe „%1“: Doppelklick zum Umbenennen</translation>
    </message>
    <message>
        <source>Not used: the weights come from the pairwise comparisons.</source>
        <translation>Nicht verwendet: Die Gewichtungen stammen aus den paarweisen Vergleichen.</translation>
    </message>
    <message>
        <source>Not used: the value function says which values are worth more.</source>
        <translation>Nicht verwendet: Die Wertfunktion legt fest, welche Werte mehr wert sind.</translation>
    </message>
    <message>
        <source>Not used: calculated values are measured; cost and time are better when lower, net present value when higher.</source>
        <translation>Nicht verwendet: Berechnete Werte sind gemessen; Kosten und Zeit sind niedriger besser, der Kapitalwert höher.</translation>
    </message>
    <message>
        <source>How raw values become 0–1 before weighting: %1. A min–max range depends on the options compared, so adding or removing an option can change the winner.</source>
        <translation>Wie Rohwerte vor der Gewichtung zu 0–1 werden: %1. Ein Min–Max-Bereich hängt von den verglichenen Optionen ab; eine Option hinzuzufügen oder zu entfernen kann daher den Sieger ändern.</translation>
    </message>
    <message>
        <source>Prefer fixed ends (Minimum and Maximum) or a value function (Value function…).</source>
        <translation>Besser sind feste Enden (Minimum und Maximum) oder eine Wertfunktion („Wertfunktion…“).</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>the name of group “%1”</source>
        <translation>der Name der Gruppe „%1“</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <source>the %1 of “%2”</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Any number from 0 up; only the proportions matter</source>
        <translation>Jede Zahl ab 0; nur die Verhältnisse zählen</translation>
    </message>
    <message>
        <source>Each weight as a share of all weights (what the ranking uses)</source>
        <translation>Jede Gewichtung als Anteil an allen Gewichtungen (das verwendet die Rangfolge)</translation>
    </message>
    <message>
        <source>Measured criteria: the value that counts as worst (with Max, a fixed range)</source>
        <translation>Gemessene Kriterien: der Wert, der als schlechtester gilt (mit Max. ein fester Bereich)</translation>
    </message>
    <message>
        <source>Measured criteria: the value that counts as best (with Min, a fixed range)</source>
        <translation>Gemessene Kriterien: der Wert, der als bester gilt (mit Min. ein fester Bereich)</translation>
    </message>
    <message>
        <source>An option that does not reach the threshold fails this criterion</source>
        <translation>Eine Option, die die Schwelle nicht erreicht, erfüllt dieses Kriterium nicht</translation>
    </message>
    <message>
        <source>The lowest acceptable score for a must-have</source>
        <translation>Die niedrigste akzeptable Punktzahl für ein Muss-Kriterium</translation>
    </message>
    <message>
        <source>Typed scores, or calculated from each option&apos;s costs and timing</source>
        <translation>Eingegebene Punktzahlen oder aus Kosten und Zeitbedarf jeder Option berechnet</translation>
    </message>
    <message>
        <source>How raw values become 0–1 before weighting; different choices can change the winner</source>
        <translation>Wie Rohwerte vor der Gewichtung zu 0–1 werden; andere Verfahren können den Sieger ändern</translation>
    </message>
    <message>
        <source>%1 cares about “%2”</source>
        <translation>%1 ist „%2“ wichtig</translation>
    </message>
    <message>
        <source>%1 no longer cares about “%2”</source>
        <translation>%1 ist „%2“ nicht mehr wichtig</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Type the date or pick it from the calendar; Delete leaves it empty</source>
        <translation>Datum eingeben oder im Kalender wählen; Entf lässt es leer</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>niemand benannt</translation>
    </message>
    <message>
        <source>Decide “%1”</source>
        <translation>„%1“ entscheiden</translation>
    </message>
    <message>
        <source>— choose the option —</source>
        <translation>— Option wählen —</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (ausgeschlossen)</translation>
    </message>
    <message>
        <source>Why this option: what tipped the balance, what we accept</source>
        <translation>Warum diese Option: was den Ausschlag gab, was wir in Kauf nehmen</translation>
    </message>
    <message>
        <source>Why decide before these approvals are in? (kept in the record)</source>
        <translation>Warum vor diesen Freigaben entscheiden? (wird festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Chosen option</source>
        <translation>&amp;Gewählte Option</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Entschieden &amp;am</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Entschieden &amp;von</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>Approvals still missing:</source>
        <translation>Noch fehlende Freigaben:</translation>
    </message>
    <message>
        <source>&amp;Decide anyway because</source>
        <translation>&amp;Trotzdem entscheiden, weil</translation>
    </message>
    <message>
        <source>&amp;Decide anyway</source>
        <translation>&amp;Trotzdem entscheiden</translation>
    </message>
    <message>
        <source>All approvals are in.</source>
        <translation>Alle Freigaben liegen vor.</translation>
    </message>
    <message>
        <source>Must sign off but no approval is recorded: %1</source>
        <translation>Muss freigeben, aber keine Freigabe ist erfasst: %1</translation>
    </message>
    <message>
        <source>Decide for “%1”</source>
        <translation>Für „%1“ entscheiden</translation>
    </message>
    <message>
        <source>Some approvals are still missing: say why you decide anyway, or record them first.</source>
        <translation>Einige Freigaben fehlen noch: Begründen Sie, warum Sie trotzdem entscheiden, oder erfassen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Choose the option you decided for.</source>
        <translation>Wählen Sie die Option, für die Sie sich entschieden haben.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decide…</source>
        <translation>Entscheiden…</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Überprüft am</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>very unhappy</source>
        <translation>sehr unzufrieden</translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation>unzufrieden</translation>
    </message>
    <message>
        <source>so-so</source>
        <translation>mittelmäßig</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <source>very happy</source>
        <translation>sehr zufrieden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>What would we do differently next time?</source>
        <translation>Was würden wir nächstes Mal anders machen?</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Reviewed o&amp;n</source>
        <translation>Überprüft a&amp;m</translation>
    </message>
    <message>
        <source>Actual &amp;cost</source>
        <translation>Tatsächliche &amp;Kosten</translation>
    </message>
    <message>
        <source>Actual &amp;weeks to results</source>
        <translation>Tatsächliche &amp;Wochen bis zu Ergebnissen</translation>
    </message>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Zufriedenheit</translation>
    </message>
    <message>
        <source>Would buy a&amp;gain</source>
        <translation>&amp;Wieder kaufen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Erkenntnisse</translation>
    </message>
    <message>
        <source>Post-purchase review</source>
        <translation>Überprüfung nach dem Kauf</translation>
    </message>
    <message>
        <source>Status: %1. Not decided yet.</source>
        <translation>Status: %1. Noch nicht entschieden.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Decided on %1 by %2</source>
        <translation>Entschieden am %1 von %2</translation>
    </message>
    <message>
        <source>Review due %1</source>
        <translation>Überprüfung fällig am %1</translation>
    </message>
    <message>
        <source>expected %1 (TCO over %2 years)</source>
        <translation>erwartet %1 (TCO über %2 Jahre)</translation>
    </message>
    <message>
        <source>over</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>under</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>expected %1 weeks</source>
        <translation>erwartet %1 Wochen</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>sooner</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>Edit the review</source>
        <translation>Überprüfung bearbeiten</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open team database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Database URL (e.g. postgresql+psycopg://ana@dbhost/purchasing):</source>
        <translation>Datenbank-URL (z. B. postgresql+psycopg://ana@dbhost/purchasing):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?

Everything it contains will be deleted: %2.

Edit ▸ Undo brings it back.</source>
        <translation>„%1“ löschen?

Alles, was sie enthält, wird gelöscht: %2.

Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Your workbook is empty. Add two sample evaluations to explore?</source>
        <translation>Ihre Arbeitsmappe ist leer. Zwei Beispielbewertungen zum Ausprobieren hinzufügen?</translation>
    </message>
    <message>
        <source>Workbook damaged</source>
        <translation>Arbeitsmappe beschädigt</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, taken %2? The damaged file is kept beside it.</source>
        <translation>%1

Die neueste intakte Sicherung vom %2 wiederherstellen? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Arbeitsmappe öffnen</translation>
    </message>
</context>
<context>
    <name>Duplicate</name>
    <message>
        <source>Duplicate evaluation</source>
        <translation>Bewertung duplizieren</translation>
    </message>
    <message>
        <source>Title of the copy of “%1”:</source>
        <translation>Titel der Kopie von „%1“:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>Nicht dupliziert</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add sample evaluations</source>
        <translation>Beispielbewertungen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n Kriterium</numerusform>
            <numerusform>%n Kriterien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) and checklist item(s)</source>
        <translation>
            <numerusform>%n Risiko oder Checklistenpunkt</numerusform>
            <numerusform>%n Risiken und Checklistenpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n Stakeholder</numerusform>
            <numerusform>%n Stakeholder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change note(s)</source>
        <translation>
            <numerusform>%n Änderungsnotiz</numerusform>
            <numerusform>%n Änderungsnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet besides its overview</source>
        <translation>noch nichts außer der Übersicht</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1 is not a due-diligence workbook: %2. The file was not changed.</source>
        <translation>%1 ist keine Due-Diligence-Arbeitsmappe: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was not changed.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of the app (schema %2); update the app to open it. The file was not changed.</source>
        <translation>%1 wurde von einer neueren Version der App gespeichert (Schema %2); aktualisieren Sie die App, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of the app failed (%2); the file was left as it was. A backup taken before the upgrade is at %3.</source>
        <translation>Das Aktualisieren von %1 auf diese Version der App ist fehlgeschlagen (%2); die Datei blieb, wie sie war. Eine vor der Aktualisierung angelegte Sicherung liegt unter %3.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of the app failed (%2); the file was left as it was.</source>
        <translation>Das Aktualisieren von %1 auf diese Version der App ist fehlgeschlagen (%2); die Datei blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. %3</source>
        <translation>%1 kann nicht geöffnet werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot create %1: %2. %3</source>
        <translation>%1 kann nicht angelegt werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2. %3</source>
        <translation>%1 kann nicht aktualisiert werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot store the edit in %1: %2. %3</source>
        <translation>Die Änderung kann nicht in %1 gespeichert werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2. %3</source>
        <translation>%1 kann nicht gesichert werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot restore a backup into %1: %2. %3</source>
        <translation>In %1 kann keine Sicherung wiederhergestellt werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot recover %1: %2. %3</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2. %3</translation>
    </message>
    <message>
        <source>Cannot complete the command on %1: %2. %3</source>
        <translation>Der Befehl kann für %1 nicht ausgeführt werden: %2. %3</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Free some space on that disk, then try again; the workbook was not changed.</source>
        <translation>Schaffen Sie Platz auf diesem Datenträger und versuchen Sie es dann erneut; die Arbeitsmappe wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or ask the owner for write access; nothing was changed.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder bitten Sie den Eigentümer um Schreibrechte; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Ask the file&apos;s owner for access, or open a copy you own; nothing was changed.</source>
        <translation>Bitten Sie den Eigentümer der Datei um Zugriff, oder öffnen Sie eine eigene Kopie; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Another program, or another window of this app, kept it busy for more than 5 seconds: try again in a moment, and if it stays busy, close that program.</source>
        <translation>Ein anderes Programm oder ein anderes Fenster dieser App hat sie länger als 5 Sekunden belegt: Versuchen Sie es gleich erneut, und wenn sie belegt bleibt, schließen Sie das Programm.</translation>
    </message>
    <message>
        <source>The disk or network drive reported an error, not the workbook: check it is connected and working, then try again. Nothing was changed.</source>
        <translation>Der Datenträger oder das Netzlaufwerk hat einen Fehler gemeldet, nicht die Arbeitsmappe: Prüfen Sie, ob es verbunden ist und funktioniert, und versuchen Sie es dann erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): the change was not saved. To edit it, use File ▸ Save a copy as… to make a copy in a folder you can write to.</source>
        <translation>%1 ist schreibgeschützt geöffnet (%2): Die Änderung wurde nicht gespeichert. Um sie zu bearbeiten, legen Sie mit Datei ▸ Kopie speichern unter… eine Kopie in einem Ordner an, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is not damaged (%2), so it was not replaced by a backup.</source>
        <translation>%1 ist nicht beschädigt (%2) und wurde daher nicht durch eine Sicherung ersetzt.</translation>
    </message>
</context>
<context>
    <name>EvaluationList</name>
    <message>
        <source>Search titles…</source>
        <translation>Titel suchen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Search evaluations</source>
        <translation>Bewertungen durchsuchen</translation>
    </message>
    <message>
        <source>Show evaluations with status</source>
        <translation>Bewertungen mit Status zeigen</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Options &amp;&amp; scores</source>
        <translation>Optionen &amp;&amp; Punkte</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
</context>
<context>
    <name>EvaluationsModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>EvaluatorsDialog</name>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Combined (%1)</source>
        <translation>Kombiniert (%1)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>In the matrix</source>
        <translation>In der Matrix</translation>
    </message>
    <message>
        <source>⚠ wide</source>
        <translation>⚠ weit</translation>
    </message>
    <message>
        <source>Standard deviation: %1</source>
        <translation>Standardabweichung: %1</translation>
    </message>
    <message>
        <source>The evaluators&apos; scores lie %1 % of the scale apart (30 % or more counts as wide).</source>
        <translation>Die Punktzahlen der Bewerter liegen %1 % der Skala auseinander (ab 30 % gilt das als weit).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Evaluators&apos; scores</source>
        <translation>Punktzahlen der Bewerter</translation>
    </message>
    <message>
        <source>Combine the evaluators&apos; scores by</source>
        <translation>Punktzahlen der Bewerter kombinieren per</translation>
    </message>
    <message>
        <source>Use combined scores in the matrix</source>
        <translation>Kombinierte Punktzahlen in der Matrix verwenden</translation>
    </message>
    <message>
        <source>Combine by:</source>
        <translation>Kombinieren per:</translation>
    </message>
    <message>
        <source>No evaluator has scored this evaluation yet. File ▸ Send out for scoring… writes one sheet per evaluator; File ▸ Import a scoring sheet… brings each back.</source>
        <translation>Noch kein Bewerter hat diese Bewertung bepunktet. Datei ▸ Zur Bepunktung versenden… schreibt ein Blatt je Bewerter; Datei ▸ Bepunktungsblatt importieren… holt jedes zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s): %1.</source>
        <translation>
            <numerusform>%n Bewerter: %1.</numerusform>
            <numerusform>%n Bewerter: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A cell is marked when its scores lie %1 % of the scale or more apart; %n criterion(s) are marked.</source>
        <translation>
            <numerusform>Eine Zelle wird markiert, wenn ihre Punktzahlen %1 % der Skala oder mehr auseinanderliegen; %n Kriterium ist markiert.</numerusform>
            <numerusform>Eine Zelle wird markiert, wenn ihre Punktzahlen %1 % der Skala oder mehr auseinanderliegen; %n Kriterien sind markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) in the matrix now hold the combined value. Edit ▸ Undo takes them back.</source>
        <translation>
            <numerusform>%n Punktzahl in der Matrix enthält jetzt den kombinierten Wert. Bearbeiten ▸ Rückgängig nimmt das zurück.</numerusform>
            <numerusform>%n Punktzahlen in der Matrix enthalten jetzt den kombinierten Wert. Bearbeiten ▸ Rückgängig nimmt das zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Combine evaluators&apos; scores by %1</source>
        <translation>Punktzahlen der Bewerter per %1 kombinieren</translation>
    </message>
    <message>
        <source>The matrix already holds the combined scores.</source>
        <translation>Die Matrix enthält bereits die kombinierten Punktzahlen.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>All files (*);;Documents (*.pdf *.docx *.xlsx *.odt *.txt)</source>
        <translation>Alle Dateien (*);;Dokumente (*.pdf *.docx *.xlsx *.odt *.txt)</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Eine Kopie des Nachweises speichern</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Ein Programm öffnen?</translation>
    </message>
    <message>
        <source>“%1” is a program or script: opening it runs it on your computer. Open it only if you trust where it came from. Save a copy… keeps it without running it.

Run it now?</source>
        <translation>„%1“ ist ein Programm oder Skript: Beim Öffnen wird es auf Ihrem Computer ausgeführt. Öffnen Sie es nur, wenn Sie der Herkunft vertrauen. „Kopie speichern…“ bewahrt es auf, ohne es auszuführen.

Jetzt ausführen?</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Einen Link hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Vendor&apos;s security page (optional)</source>
        <translation>z. B. Sicherheitsseite des Anbieters (optional)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <source>Attach %1 files</source>
        <translation>%1 Dateien anhängen</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>Nachweis nicht angehängt</translation>
    </message>
    <message>
        <source>Add link “%1”</source>
        <translation>Link „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Link not added</source>
        <translation>Link nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Cannot open “%1”</source>
        <translation>„%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Save a copy… keeps it where you choose.</source>
        <translation>Kein Programm auf diesem Computer öffnet diese Art von Datei. „Kopie speichern…“ legt sie ab, wo Sie möchten.</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>“%1” is a link, not a file.</source>
        <translation>„%1“ ist ein Link, keine Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved safely.</source>
        <translation>„%1“ kann nicht sicher gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save “%1”</source>
        <translation>„%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Attach e&amp;vidence file…</source>
        <translation>Nachweis&amp;datei anhängen…</translation>
    </message>
    <message>
        <source>Add evidence &amp;link…</source>
        <translation>Nachweis-&amp;Link hinzufügen…</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: it is a folder.</source>
        <translation>„%1“ kann nicht angehängt werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: there is no such file (%2).</source>
        <translation>„%1“ kann nicht angehängt werden: Die Datei gibt es nicht (%2).</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: you may not read it (%2).</source>
        <translation>„%1“ kann nicht angehängt werden: Sie dürfen die Datei nicht lesen (%2).</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2 (%3).</source>
        <translation>„%1“ kann nicht angehängt werden: %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: it is %2, and files up to %3 can be kept in a workbook. Add a link to where it is stored instead.</source>
        <translation>„%1“ kann nicht angehängt werden: Die Datei ist %2 groß, und in einer Arbeitsmappe können Dateien bis %3 aufbewahrt werden. Fügen Sie stattdessen einen Link zum Speicherort hinzu.</translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation>Der Link ist leer.</translation>
    </message>
    <message>
        <source>The link is longer than %1 characters.</source>
        <translation>Der Link ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The link contains spaces or control characters.</source>
        <translation>Der Link enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>“%1” was not added. Links must start with http://, https:// or mailto:.</source>
        <translation>„%1“ wurde nicht hinzugefügt. Links müssen mit http://, https:// oder mailto: beginnen.</translation>
    </message>
    <message>
        <source>“%1” names no web site.</source>
        <translation>„%1“ nennt keine Website.</translation>
    </message>
    <message>
        <source>“%1” names no e-mail address.</source>
        <translation>„%1“ nennt keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>the evaluation</source>
        <translation>die Bewertung</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Link: %1
Double-click to open it in the browser</source>
        <translation>Link: %1
Doppelklick öffnet ihn im Browser</translation>
    </message>
    <message>
        <source>%1, %2
SHA-256 %3
Double-click to open it</source>
        <translation>%1, %2
SHA-256 %3
Doppelklick öffnet sie</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>&amp;Link hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Evidence of this evaluation</source>
        <translation>Nachweise dieser Bewertung</translation>
    </message>
    <message>
        <source>Attach new evidence to</source>
        <translation>Neuen Nachweis anhängen an</translation>
    </message>
    <message>
        <source>New evidence &amp;belongs to:</source>
        <translation>Neuer Nachweis &amp;gehört zu:</translation>
    </message>
    <message>
        <source>Drop files here to attach them · they are kept inside the workbook (up to 50 MB each), so it stays one file · double-click opens a file in its viewer, a link in the browser · attach to a score or checklist item from its context menu</source>
        <translation>Dateien hierher ziehen, um sie anzuhängen · sie werden in der Arbeitsmappe gespeichert (bis 50 MB je Datei), sie bleibt also eine Datei · Doppelklick öffnet eine Datei in ihrem Programm, einen Link im Browser · an eine Punktzahl oder einen Checklistenpunkt über dessen Kontextmenü anhängen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing attached yet</source>
        <translation>noch nichts angehängt</translation>
    </message>
    <message>
        <source>the evaluation as a whole</source>
        <translation>die Bewertung als Ganzes</translation>
    </message>
    <message>
        <source>option: %1</source>
        <translation>Option: %1</translation>
    </message>
    <message>
        <source>Remove evidence “%1”</source>
        <translation>Nachweis „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n piece(s) of evidence</source>
        <translation>
            <numerusform>%n Nachweis entfernen</numerusform>
            <numerusform>%n Nachweise entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <source>The workbook holds no evaluation to export yet.</source>
        <translation>Die Arbeitsmappe enthält noch keine Bewertung zum Exportieren.</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Export nach Excel</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n evaluation(s) to %1</source>
        <translation>
            <numerusform>%n Bewertung nach %1 exportiert</numerusform>
            <numerusform>%n Bewertungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot import “%1”</source>
        <translation>„%1“ kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Aus Excel importieren</translation>
    </message>
    <message>
        <source>No changes: “%1” and the workbook agree.</source>
        <translation>Keine Änderungen: „%1“ und die Arbeitsmappe stimmen überein.</translation>
    </message>
    <message>
        <source>Import from “%1”</source>
        <translation>Aus „%1“ importieren</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported “%1”; Edit ▸ Undo takes the whole import back.</source>
        <translation>„%1“ importiert; Bearbeiten ▸ Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>Backup taken before: %1</source>
        <translation>Vorher erstellte Sicherung: %1</translation>
    </message>
    <message>
        <source>The backup before the import could not be taken (%1).</source>
        <translation>Die Sicherung vor dem Import konnte nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <source>Send out for scoring</source>
        <translation>Zur Bepunktung versenden</translation>
    </message>
    <message>
        <source>Choose the evaluation to send out first.</source>
        <translation>Wählen Sie zuerst die Bewertung, die versendet werden soll.</translation>
    </message>
    <message>
        <source>Writing the sheet for %1…</source>
        <translation>Blatt für %1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scoring sheet(s) to %1</source>
        <translation>
            <numerusform>%n Bepunktungsblatt nach %1 geschrieben</numerusform>
            <numerusform>%n Bepunktungsblätter nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the scoring sheets</source>
        <translation>Die Bepunktungsblätter können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Import a scoring sheet</source>
        <translation>Bepunktungsblatt importieren</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>The sheet from %1 holds values that cannot be stored; nothing was stored.

%2</source>
        <translation>Das Blatt von %1 enthält Werte, die nicht gespeichert werden können; es wurde nichts gespeichert.

%2</translation>
    </message>
    <message>
        <source>Import scores from %1</source>
        <translation>Punktzahlen von %1 importieren</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n score(s) from %1; Evaluation ▸ Evaluators… shows them combined.</source>
        <translation>
            <numerusform>%n Punktzahl von %1 gespeichert; Bewertung ▸ Bewerter… zeigt sie kombiniert.</numerusform>
            <numerusform>%n Punktzahlen von %1 gespeichert; Bewertung ▸ Bewerter… zeigt sie kombiniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Choose an evaluation first.</source>
        <translation>Wählen Sie zuerst eine Bewertung.</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>e.g. USD 0.92; GBP 1.17</source>
        <translation>z. B. USD 0,92; GBP 1,17</translation>
    </message>
    <message>
        <source>Day the exchange rates were stated</source>
        <translation>Stichtag der Wechselkurse</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>&amp;Wechselkurse:</translation>
    </message>
    <message>
        <source>stated &amp;on</source>
        <translation>Stand &amp;vom</translation>
    </message>
    <message>
        <source>One unit of each currency in %1, e.g. USD 0.92 when a dollar costs 0.92 %1. Costs quoted in these currencies are converted at these rates; state the day you took them, since a converted amount is only as current as its rate.</source>
        <translation>Eine Einheit jeder Währung in %1, z. B. USD 0,92, wenn ein Dollar 0,92 %1 kostet. Kosten, die in diesen Währungen angegeben sind, werden zu diesen Kursen umgerechnet; geben Sie den Stichtag an, an dem Sie die Kurse ermittelt haben, denn ein umgerechneter Betrag ist nur so aktuell wie sein Kurs.</translation>
    </message>
    <message>
        <source>Edit the exchange rates</source>
        <translation>Wechselkurse bearbeiten</translation>
    </message>
    <message>
        <source>Edit the day of the exchange rates</source>
        <translation>Stichtag der Wechselkurse bearbeiten</translation>
    </message>
    <message>
        <source>the list of exchange rates</source>
        <translation>die Liste der Wechselkurse</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <source>Tick the evaluations to put in one Excel workbook. Colleagues can edit it in Excel or LibreOffice; File ▸ Import from Excel… brings their changes back, showing each one first.</source>
        <translation>Haken Sie die Bewertungen an, die in eine Excel-Arbeitsmappe sollen. Kolleginnen und Kollegen können sie in Excel oder LibreOffice bearbeiten; Datei ▸ Aus Excel importieren… holt ihre Änderungen zurück und zeigt jede vorher an.</translation>
    </message>
    <message>
        <source>Evaluations to export</source>
        <translation>Zu exportierende Bewertungen</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Keine anhaken</translation>
    </message>
    <message>
        <source>For the buying team: everything</source>
        <translation>Für das Einkaufsteam: alles</translation>
    </message>
    <message>
        <source>For someone outside the team (a vendor, an adviser): no people, notes, risks or budget</source>
        <translation>Für jemanden außerhalb des Teams (Anbieter, Berater): keine Personen, Notizen, Risiken oder Budget</translation>
    </message>
    <message>
        <source>Every sheet. No copy ever holds a path of this computer.</source>
        <translation>Jedes Blatt. Keine Kopie enthält je einen Pfad dieses Computers.</translation>
    </message>
    <message>
        <source>Leaves out stakeholders, contacts, internal notes, evidence notes, the risk register and checklist, the change plan and change log, names of evaluators and deciders, and the budget. Need, goals, options, criteria, weights, scores and costs stay.</source>
        <translation>Lässt Stakeholder, Kontakte, interne Notizen, Notizen zu Nachweisen, Risikoregister und Checkliste, Veränderungsplan und Änderungsprotokoll, Namen von Bewertern und Entscheidern sowie das Budget weg. Bedarf, Ziele, Optionen, Kriterien, Gewichtungen, Punktzahlen und Kosten bleiben.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Nothing was stored: something unexpected went wrong (%1). Try again; if it happens again, please report it with what you were doing.</source>
        <translation>Es wurde nichts gespeichert: Etwas Unerwartetes ist schiefgegangen (%1). Versuchen Sie es erneut; passiert es wieder, melden Sie es bitte mit einer Beschreibung, was Sie gerade getan haben.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1). What you were doing may not have finished: check it, and if it happens again, please report it with what you were doing.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen (%1). Was Sie gerade getan haben, ist möglicherweise nicht abgeschlossen: Prüfen Sie es, und wenn es wieder passiert, melden Sie es bitte mit einer Beschreibung, was Sie gerade getan haben.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>no costs entered</source>
        <translation>keine Kosten eingegeben</translation>
    </message>
    <message>
        <source>no amount entered for %1</source>
        <translation>kein Betrag eingegeben für %1</translation>
    </message>
    <message>
        <source>no exchange rate for %1</source>
        <translation>kein Wechselkurs für %1</translation>
    </message>
</context>
<context>
    <name>FinanceModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>TCO range</source>
        <translation>TCO-Spanne</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IZF</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Time to results</source>
        <translation>Zeit bis zu Ergebnissen</translation>
    </message>
    <message>
        <source>Total cost of ownership over %1 years: every cost falling in them as scheduled, undiscounted; returns are left out.</source>
        <translation>Gesamtbetriebskosten über %1 Jahre: alle Kosten, die darin planmäßig anfallen, nicht abgezinst; Erträge bleiben unberücksichtigt.</translation>
    </message>
    <message>
        <source>The TCO with every cost at its low estimate, and at its high one.</source>
        <translation>Die TCO mit allen Kosten auf ihrer niedrigen und auf ihrer hohen Schätzung.</translation>
    </message>
    <message>
        <source>Net present value: returns minus costs, discounted over %1 years.</source>
        <translation>Kapitalwert: Erträge minus Kosten, abgezinst über %1 Jahre.</translation>
    </message>
    <message>
        <source>Internal rate of return: the discount rate at which the NPV is 0. “—” where there is none, e.g. without expected returns.</source>
        <translation>Interner Zinsfuß: der Abzinsungssatz, bei dem der Kapitalwert 0 ist. „—“, wo es keinen gibt, z. B. ohne erwartete Erträge.</translation>
    </message>
    <message>
        <source>When the expected returns have paid back the costs (undiscounted).</source>
        <translation>Wann die erwarteten Erträge die Kosten zurückgezahlt haben (nicht abgezinst).</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>kein Grund</translation>
    </message>
    <message>
        <source>Not counted: %1 falls after the horizon.</source>
        <translation>Nicht gezählt, da nach dem Betrachtungszeitraum fällig: %1.</translation>
    </message>
    <message>
        <source>No IRR: the net cash flows never change sign (e.g. no expected returns), or more than one rate makes the NPV 0.</source>
        <translation>Kein IZF: Die Netto-Zahlungsströme wechseln nie das Vorzeichen (z. B. ohne erwartete Erträge), oder mehr als ein Zinssatz ergibt einen Kapitalwert von 0.</translation>
    </message>
</context>
<context>
    <name>FinanceSummary</name>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Horizon in years</source>
        <translation>Betrachtungszeitraum in Jahren</translation>
    </message>
    <message>
        <source>How many years the TCO, NPV and payback look ahead.</source>
        <translation>Wie viele Jahre TCO, Kapitalwert und Amortisation vorausschauen.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Discount rate in percent</source>
        <translation>Abzinsungssatz in Prozent</translation>
    </message>
    <message>
        <source>What money a year later is worth less than today, for the NPV.</source>
        <translation>Wie viel weniger Geld ein Jahr später wert ist als heute, für den Kapitalwert.</translation>
    </message>
    <message>
        <source>Money of every option</source>
        <translation>Geld aller Optionen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Money compared&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geld im Vergleich&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Abzinsungssatz:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>en</source>
        <comment>the code of the language locale names are written in</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>New evaluation</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>New evaluation from “%1”</source>
        <translation>Neue Bewertung aus „%1“</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Saved the template “%1”; Evaluation ▸ New evaluation… offers it.</source>
        <translation>Vorlage „%1“ gespeichert; Bewertung ▸ Neue Bewertung… bietet sie an.</translation>
    </message>
    <message>
        <source>Define the need</source>
        <translation>Bedarf definieren</translation>
    </message>
    <message>
        <source>Explore alternatives</source>
        <translation>Alternativen erkunden</translation>
    </message>
    <message>
        <source>Set criteria</source>
        <translation>Kriterien festlegen</translation>
    </message>
    <message>
        <source>Gather evidence</source>
        <translation>Nachweise sammeln</translation>
    </message>
    <message>
        <source>Check risks</source>
        <translation>Risiken prüfen</translation>
    </message>
    <message>
        <source>Involve stakeholders</source>
        <translation>Stakeholder einbinden</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Review after purchase</source>
        <translation>Nach dem Kauf überprüfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Describe the need</source>
        <translation>Beschreiben Sie den Bedarf</translation>
    </message>
    <message>
        <source>Write down the goals</source>
        <translation>Schreiben Sie die Ziele auf</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>Kein Budget festgelegt</translation>
    </message>
    <message>
        <source>No options yet</source>
        <translation>Noch keine Optionen</translation>
    </message>
    <message>
        <source>No product or vendor among the options yet</source>
        <translation>Noch kein Produkt oder Anbieter unter den Optionen</translation>
    </message>
    <message>
        <source>Only one option to compare</source>
        <translation>Nur eine Option zum Vergleichen</translation>
    </message>
    <message>
        <source>No do-nothing or build option considered</source>
        <translation>Weder „Nichts tun“ noch Eigenentwicklung erwogen</translation>
    </message>
    <message>
        <source>Keeping what you have is not among the options</source>
        <translation>Das Bestehende zu behalten ist nicht unter den Optionen</translation>
    </message>
    <message>
        <source>No criteria yet</source>
        <translation>Noch keine Kriterien</translation>
    </message>
    <message>
        <source>%1 of %2 criteria unweighted</source>
        <translation>%1 von %2 Kriterien ohne Gewichtung</translation>
    </message>
    <message>
        <source>%1 of %2 criteria not compared in pairs</source>
        <translation>%1 von %2 Kriterien nicht paarweise verglichen</translation>
    </message>
    <message>
        <source>%1 of %2 scores missing</source>
        <translation>%1 von %2 Punktzahlen fehlen</translation>
    </message>
    <message>
        <source>1 score has no evidence</source>
        <translation>1 Punktzahl hat keinen Nachweis</translation>
    </message>
    <message>
        <source>%1 scores have no evidence</source>
        <translation>%1 Punktzahlen haben keinen Nachweis</translation>
    </message>
    <message>
        <source>1 option has no costs</source>
        <translation>1 Option hat keine Kosten</translation>
    </message>
    <message>
        <source>%1 options have no costs</source>
        <translation>%1 Optionen haben keine Kosten</translation>
    </message>
    <message>
        <source>1 option has no time to results</source>
        <translation>1 Option hat keine Zeit bis zu Ergebnissen</translation>
    </message>
    <message>
        <source>%1 options have no time to results</source>
        <translation>%1 Optionen haben keine Zeit bis zu Ergebnissen</translation>
    </message>
    <message>
        <source>Checklist %1 of %2 done</source>
        <translation>Checkliste: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>1 option has no checklist</source>
        <translation>1 Option hat keine Checkliste</translation>
    </message>
    <message>
        <source>%1 options have no checklist</source>
        <translation>%1 Optionen haben keine Checkliste</translation>
    </message>
    <message>
        <source>1 critical check fails</source>
        <translation>1 kritischer Prüfpunkt nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 critical checks fail</source>
        <translation>%1 kritische Prüfpunkte nicht erfüllt</translation>
    </message>
    <message>
        <source>1 risk not assessed</source>
        <translation>1 Risiko nicht bewertet</translation>
    </message>
    <message>
        <source>%1 risks not assessed</source>
        <translation>%1 Risiken nicht bewertet</translation>
    </message>
    <message>
        <source>1 check is due for another look</source>
        <translation>1 Prüfpunkt muss erneut angesehen werden</translation>
    </message>
    <message>
        <source>%1 checks are due for another look</source>
        <translation>%1 Prüfpunkte müssen erneut angesehen werden</translation>
    </message>
    <message>
        <source>1 questionnaire overdue</source>
        <translation>1 Fragebogen überfällig</translation>
    </message>
    <message>
        <source>%1 questionnaires overdue</source>
        <translation>%1 Fragebögen überfällig</translation>
    </message>
    <message>
        <source>No one in the buying committee yet</source>
        <translation>Noch niemand im Einkaufsgremium</translation>
    </message>
    <message>
        <source>No decision maker named</source>
        <translation>Kein Entscheider benannt</translation>
    </message>
    <message>
        <source>1 approval pending</source>
        <translation>1 Freigabe ausstehend</translation>
    </message>
    <message>
        <source>%1 approvals pending</source>
        <translation>%1 Freigaben ausstehend</translation>
    </message>
    <message>
        <source>1 approval rejected</source>
        <translation>1 Freigabe abgelehnt</translation>
    </message>
    <message>
        <source>%1 approvals rejected</source>
        <translation>%1 Freigaben abgelehnt</translation>
    </message>
    <message>
        <source>1 sign-off not asked for</source>
        <translation>1 Abnahme nicht angefragt</translation>
    </message>
    <message>
        <source>%1 sign-offs not asked for</source>
        <translation>%1 Abnahmen nicht angefragt</translation>
    </message>
    <message>
        <source>1 action overdue</source>
        <translation>1 Maßnahme überfällig</translation>
    </message>
    <message>
        <source>%1 actions overdue</source>
        <translation>%1 Maßnahmen überfällig</translation>
    </message>
    <message>
        <source>No option chosen</source>
        <translation>Keine Option gewählt</translation>
    </message>
    <message>
        <source>Decision has no rationale</source>
        <translation>Entscheidung hat keine Begründung</translation>
    </message>
    <message>
        <source>Not marked as decided yet</source>
        <translation>Noch nicht als entschieden markiert</translation>
    </message>
    <message>
        <source>Decision date not set</source>
        <translation>Entscheidungsdatum nicht festgelegt</translation>
    </message>
    <message>
        <source>Review due in 1 day</source>
        <translation>Überprüfung in 1 Tag fällig</translation>
    </message>
    <message>
        <source>Review due in %1 days</source>
        <translation>Überprüfung in %1 Tagen fällig</translation>
    </message>
    <message>
        <source>Review due now</source>
        <translation>Überprüfung jetzt fällig</translation>
    </message>
    <message>
        <source>Review overdue by %1 days</source>
        <translation>Überprüfung seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>Review overdue by 1 day</source>
        <translation>Überprüfung seit 1 Tag überfällig</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select an evaluation first.</source>
        <translation>Wählen Sie zuerst eine Bewertung.</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>exported from another workbook file</source>
        <translation>aus einer anderen Arbeitsmappendatei exportiert</translation>
    </message>
    <message>
        <source>its evaluation was deleted from this workbook since the export</source>
        <translation>ihre Bewertung wurde seit dem Export aus dieser Arbeitsmappe gelöscht</translation>
    </message>
    <message>
        <source>its evaluation&apos;s id now belongs to another evaluation</source>
        <translation>die Nummer ihrer Bewertung gehört jetzt einer anderen Bewertung</translation>
    </message>
    <message>
        <source>exported from this workbook</source>
        <translation>aus dieser Arbeitsmappe exportiert</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported. A backup taken before the import is at %1.</source>
        <translation>Importiert. Eine vor dem Import angelegte Sicherung liegt unter %1.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>The database refused the import: %1 Nothing was imported.</source>
        <translation>Die Datenbank hat den Import abgelehnt: %1 Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Keep the app&apos;s value</source>
        <translation>Wert der App behalten</translation>
    </message>
    <message>
        <source>Take the file&apos;s value</source>
        <translation>Wert der Datei übernehmen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(new row)</source>
        <translation>(neue Zeile)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Both changed since the export, which had %1.</source>
        <translation>Beide seit dem Export geändert, der %1 enthielt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>In the app</source>
        <translation>In der App</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Nicht importierbar</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Conflict: which value to keep</source>
        <translation>Konflikt: welcher Wert bleibt</translation>
    </message>
    <message>
        <source>Import from “%1”</source>
        <translation>Aus „%1“ importieren</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Was der Import ändert</translation>
    </message>
    <message>
        <source>Keep the app&apos;s values in every conflict</source>
        <translation>Bei jedem Konflikt die Werte der App behalten</translation>
    </message>
    <message>
        <source>Take the file&apos;s values in every conflict</source>
        <translation>Bei jedem Konflikt die Werte der Datei übernehmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; comes in as a &lt;b&gt;new evaluation&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kommt als &lt;b&gt;neue Bewertung&lt;/b&gt; hinzu (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the changes below go into this evaluation (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Die folgenden Änderungen gehen in diese Bewertung ein (%2).</translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation>%n geändert</translation>
    </message>
    <message>
        <source>%n added</source>
        <translation>%n hinzugefügt</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n entfernt</translation>
    </message>
    <message>
        <source>%n in conflict</source>
        <translation>%n im Konflikt</translation>
    </message>
    <message>
        <source>%n cannot be imported</source>
        <translation>%n nicht importierbar</translation>
    </message>
    <message>
        <source>%n left out</source>
        <translation>%n ausgelassen</translation>
    </message>
    <message>
        <source>Values: %1.</source>
        <translation>Werte: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the file cannot be imported (the red lines say why). Correct them in the file, save it and import it again: nothing is imported until then.</source>
        <translation>
            <numerusform>%n Wert in der Datei kann nicht importiert werden (die rote Zeile nennt den Grund). Korrigieren Sie ihn in der Datei, speichern Sie sie und importieren Sie sie erneut: Bis dahin wird nichts importiert.</numerusform>
            <numerusform>%n Werte in der Datei können nicht importiert werden (die roten Zeilen nennen den Grund). Korrigieren Sie sie in der Datei, speichern Sie sie und importieren Sie sie erneut: Bis dahin wird nichts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the app and the file both changed the same value since the export. For each, choose in the Import column whether to keep the app&apos;s value or take the file&apos;s, or use the buttons above.</source>
        <translation>
            <numerusform>%n Konflikt: App und Datei haben seit dem Export denselben Wert geändert. Wählen Sie in der Spalte „Importieren“, ob der Wert der App bleibt oder der Wert der Datei übernommen wird, oder nutzen Sie die Schaltflächen oben.</numerusform>
            <numerusform>%n Konflikte: App und Datei haben seit dem Export denselben Wert geändert. Wählen Sie für jeden in der Spalte „Importieren“, ob der Wert der App bleibt oder der Wert der Datei übernommen wird, oder nutzen Sie die Schaltflächen oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to import: the lines above are left out, and Apply would change nothing.</source>
        <translation>Keine Änderungen zu importieren: Die Zeilen oben sind ausgelassen, und „Anwenden“ würde nichts ändern.</translation>
    </message>
    <message>
        <source>Nothing is ticked: Apply would change nothing.</source>
        <translation>Nichts ist angehakt: „Anwenden“ würde nichts ändern.</translation>
    </message>
    <message>
        <source>Apply imports the ticked lines as one step; Edit ▸ Undo takes the whole import back. A backup of the workbook is taken first.</source>
        <translation>„Anwenden“ importiert die angehakten Zeilen in einem Schritt; Bearbeiten ▸ Rückgängig nimmt den ganzen Import zurück. Vorher wird eine Sicherung der Arbeitsmappe erstellt.</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Aus Excel importieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Cannot import %1: %2. Nothing in the workbook was changed.</source>
        <translation>%1 kann nicht importiert werden: %2. In der Arbeitsmappe wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot export: %1. No file was written.</source>
        <translation>Export nicht möglich: %1. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>macro-enabled workbooks (.xlsm) are refused; save it as .xlsx</source>
        <translation>Arbeitsmappen mit Makros (.xlsm) werden abgelehnt; speichern Sie sie als .xlsx</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 are read</source>
        <translation>die Datei ist %1 Bytes groß; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): the file is not a zip archive</source>
        <translation>sie ist keine Excel-Arbeitsmappe (.xlsx): Die Datei ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it holds %1 files; at most %2 are accepted</source>
        <translation>sie enthält %1 Dateien; höchstens %2 werden angenommen</translation>
    </message>
    <message>
        <source>it contains macros (vbaProject.bin); macro-enabled workbooks are refused</source>
        <translation>sie enthält Makros (vbaProject.bin); Arbeitsmappen mit Makros werden abgelehnt</translation>
    </message>
    <message>
        <source>it is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>sie ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>it would expand to more than %1 bytes; refused as a zip bomb</source>
        <translation>sie würde sich auf mehr als %1 Bytes entpacken; als ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>%1 expands %2 times its packed size; refused as a zip bomb</source>
        <translation>%1 entpackt sich auf das %2-Fache seiner gepackten Größe; als ZIP-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>%1 expands beyond its declared size; refused</source>
        <translation>%1 entpackt sich über seine angegebene Größe hinaus; abgelehnt</translation>
    </message>
    <message>
        <source>it is a macro-enabled workbook; save it as .xlsx</source>
        <translation>sie ist eine Arbeitsmappe mit Makros; speichern Sie sie als .xlsx</translation>
    </message>
    <message>
        <source>cell %1, holds %2 (%3 characters), which is not a number a spreadsheet can hold</source>
        <translation>Zelle %1 enthält %2 (%3 Zeichen), was keine Zahl ist, die eine Tabellenkalkulation enthalten kann</translation>
    </message>
    <message>
        <source>cell %1, holds %2 (%3 characters), which is not a value a spreadsheet can hold</source>
        <translation>Zelle %1 enthält %2 (%3 Zeichen), was kein Wert ist, den eine Tabellenkalkulation enthalten kann</translation>
    </message>
    <message>
        <source>cell %1, holds %2, which is not a number a spreadsheet can hold</source>
        <translation>Zelle %1 enthält %2, was keine Zahl ist, die eine Tabellenkalkulation enthalten kann</translation>
    </message>
    <message>
        <source>cell %1, holds %2, which is not a value a spreadsheet can hold</source>
        <translation>Zelle %1 enthält %2, was kein Wert ist, den eine Tabellenkalkulation enthalten kann</translation>
    </message>
    <message>
        <source>the sheet %1, %2</source>
        <translation>das Blatt %1, %2</translation>
    </message>
    <message>
        <source>the sheet %1 has rows beyond row %2</source>
        <translation>das Blatt %1 hat Zeilen nach Zeile %2</translation>
    </message>
    <message>
        <source>the sheet %1 has more than %2 rows</source>
        <translation>das Blatt %1 hat mehr als %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 holds %2 characters; an Excel cell holds at most %3. Shorten it in the app, then export again</source>
        <translation>%1 enthält %2 Zeichen; eine Excel-Zelle fasst höchstens %3. Kürzen Sie es in der App und exportieren Sie dann erneut</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 at position %3, which Excel files cannot hold. Remove it in the app, then export again</source>
        <translation>%1 enthält an Position %3 das Steuerzeichen U+%2, das Excel-Dateien nicht enthalten können. Entfernen Sie es in der App und exportieren Sie dann erneut</translation>
    </message>
    <message>
        <source>%1 holds text too long for one Excel cell once encoded; shorten it</source>
        <translation>%1 enthält Text, der kodiert zu lang für eine Excel-Zelle ist; kürzen Sie ihn</translation>
    </message>
    <message>
        <source>the hidden export data sheet is damaged (%1)</source>
        <translation>das verborgene Blatt mit den Exportdaten ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>this workbook was not exported by the Due-Diligence Workbook</source>
        <translation>diese Arbeitsmappe wurde nicht vom Due-Diligence Workbook exportiert</translation>
    </message>
    <message>
        <source>its XML declares entities or a DTD, which are refused as a possible attack (%1)</source>
        <translation>ihr XML deklariert Entitäten oder eine DTD, die als möglicher Angriff abgelehnt werden (%1)</translation>
    </message>
    <message>
        <source>its XML is damaged (%1)</source>
        <translation>ihr XML ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>a part of the workbook is missing (%1)</source>
        <translation>ein Teil der Arbeitsmappe fehlt (%1)</translation>
    </message>
    <message>
        <source>it is not an .xlsx workbook (%1)</source>
        <translation>sie ist keine .xlsx-Arbeitsmappe (%1)</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it holds no evaluation</source>
        <translation>sie enthält keine Bewertung</translation>
    </message>
</context>
<context>
    <name>ImportLines</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1… (%2 digits)</source>
        <translation>%1… (%2 Ziffern)</translation>
    </message>
    <message>
        <source>holds %1, which is not a value a spreadsheet can hold</source>
        <translation>enthält %1, was kein Wert ist, den eine Tabellenkalkulation enthalten kann</translation>
    </message>
    <message>
        <source>%1 is a formula; type the value itself</source>
        <translation>%1 ist eine Formel; geben Sie den Wert selbst ein</translation>
    </message>
    <message>
        <source>is %1 characters long; a cell holds at most %2</source>
        <translation>ist %1 Zeichen lang; eine Zelle fasst höchstens %2</translation>
    </message>
    <message>
        <source>holds %1 characters, the most a spreadsheet cell holds: the spreadsheet program probably cut the text off when it saved the file; shorten it and import again</source>
        <translation>enthält %1 Zeichen, so viele, wie eine Tabellenzelle höchstens fasst: Das Tabellenprogramm hat den Text beim Speichern vermutlich abgeschnitten; kürzen Sie ihn und importieren Sie erneut</translation>
    </message>
    <message>
        <source>exported %1, since then the app has %2 and the file has %3</source>
        <translation>exportiert %1, seitdem hat die App %2 und die Datei %3</translation>
    </message>
    <message>
        <source>columns are missing: %1; nothing on this sheet is imported</source>
        <translation>Spalten fehlen: %1; von diesem Blatt wird nichts importiert</translation>
    </message>
    <message>
        <source>%1 is not the ID of a row exported from this evaluation; leave ID empty for a new row</source>
        <translation>%1 ist nicht die ID einer aus dieser Bewertung exportierten Zeile; lassen Sie die ID für eine neue Zeile leer</translation>
    </message>
    <message>
        <source>the ID %1 also appears in row %2</source>
        <translation>die ID %1 steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>changed in the file but deleted in the app since the export</source>
        <translation>in der Datei geändert, aber seit dem Export in der App gelöscht</translation>
    </message>
    <message>
        <source>a cost cannot move to another option; delete the row and add a new one</source>
        <translation>ein Kostenposten kann nicht zu einer anderen Option wechseln; löschen Sie die Zeile und fügen Sie eine neue hinzu</translation>
    </message>
    <message>
        <source>a row without ID; %1 rows are not added here, not imported</source>
        <translation>eine Zeile ohne ID; Zeilen von %1 werden hier nicht hinzugefügt, nicht importiert</translation>
    </message>
    <message>
        <source>a new cost needs its option</source>
        <translation>ein neuer Kostenposten braucht seine Option</translation>
    </message>
    <message>
        <source>its %1 %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>its row is not in the file; scores are removed in the app, so it stays</source>
        <translation>seine Zeile fehlt in der Datei; Punktzahlen werden in der App entfernt, daher bleibt sie</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 lies outside its range %2, which is on %3 (Low and High): change the range there too, or keep the score within it</source>
        <translation>%1 liegt außerhalb seiner Spanne %2, die auf %3 steht (Niedrig und Hoch): Ändern Sie die Spanne auch dort, oder halten Sie die Punktzahl darin</translation>
    </message>
    <message>
        <source>the Matrix</source>
        <translation>der Matrix</translation>
    </message>
    <message>
        <source>the range %1 leaves out the score %2 (%3): change the score there too</source>
        <translation>die Spanne %1 schließt die Punktzahl %2 aus (%3): Ändern Sie die Punktzahl auch dort</translation>
    </message>
    <message>
        <source>the Evidence sheet (which this file does not show)</source>
        <translation>dem Nachweisblatt (das diese Datei nicht zeigt)</translation>
    </message>
    <message>
        <source>the %1 sheet, row %2</source>
        <translation>dem Blatt %1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>conflict — %1</source>
        <translation>Konflikt — %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>the evaluation</source>
        <translation>die Bewertung</translation>
    </message>
    <message>
        <source>this file does not share it; not imported</source>
        <translation>diese Datei teilt es nicht; nicht importiert</translation>
    </message>
    <message>
        <source>The sheet %1 is not in the file (deleted, or renamed by a program that did not keep its marks): nothing on it is imported and none of its rows is removed.</source>
        <translation>Das Blatt %1 fehlt in der Datei (gelöscht, oder von einem Programm umbenannt, das seine Markierungen nicht behielt): Nichts davon wird importiert, und keine seiner Zeilen wird entfernt.</translation>
    </message>
    <message>
        <source>calculated in the app; the %1 typed here is not imported</source>
        <translation>wird in der App berechnet; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>the scale&apos;s ends are set in the app; the %1 typed here is not imported</source>
        <translation>die Enden der Skala werden in der App festgelegt; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>a criterion is set up in the app (Criteria); the %1 typed here is not imported</source>
        <translation>ein Kriterium wird in der App eingerichtet (Kriterien); der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>calculated in the app from the pairwise comparisons; the %1 typed here is not imported</source>
        <translation>wird in der App aus den paarweisen Vergleichen berechnet; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>calculated in the app from the timing; the %1 typed here is not imported</source>
        <translation>wird in der App aus dem Zeitplan berechnet; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>calculated in the app from the costs; the %1 typed here is not imported</source>
        <translation>wird in der App aus den Kosten berechnet; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>the option of a score is set in the app; the %1 typed here is not imported</source>
        <translation>die Option einer Punktzahl wird in der App festgelegt; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>the criterion of a score is set in the app; the %1 typed here is not imported</source>
        <translation>das Kriterium einer Punktzahl wird in der App festgelegt; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>the IDs of a score are set in the app; the %1 typed here is not imported</source>
        <translation>die IDs einer Punktzahl werden in der App festgelegt; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>the score is edited in the Matrix; the %1 typed here is not imported</source>
        <translation>die Punktzahl wird in der Matrix bearbeitet; der hier eingegebene Wert %1 wird nicht importiert</translation>
    </message>
    <message>
        <source>no header row with ID, Criterion and Weight was found</source>
        <translation>es wurde keine Kopfzeile mit ID, Criterion und Weight gefunden</translation>
    </message>
    <message>
        <source>the column of the option %1 is missing; its scores are not read</source>
        <translation>die Spalte der Option %1 fehlt; ihre Punktzahlen werden nicht gelesen</translation>
    </message>
    <message>
        <source>a new criterion; criteria are added in the app, not imported</source>
        <translation>ein neues Kriterium; Kriterien werden in der App hinzugefügt, nicht importiert</translation>
    </message>
    <message>
        <source>%1 is not the ID of a criterion</source>
        <translation>%1 ist nicht die ID eines Kriteriums</translation>
    </message>
    <message>
        <source>renamed to %1; criteria are renamed in the app, not imported</source>
        <translation>umbenannt in %1; Kriterien werden in der App umbenannt, nicht importiert</translation>
    </message>
    <message>
        <source>this criterion was deleted in the app since the export; its row is not imported</source>
        <translation>dieses Kriterium wurde seit dem Export in der App gelöscht; seine Zeile wird nicht importiert</translation>
    </message>
    <message>
        <source>this option was deleted in the app since the export; not imported</source>
        <translation>diese Option wurde seit dem Export in der App gelöscht; nicht importiert</translation>
    </message>
    <message>
        <source>its row is not in the file; criteria are removed in the app, so it stays</source>
        <translation>seine Zeile fehlt in der Datei; Kriterien werden in der App entfernt, daher bleibt es</translation>
    </message>
</context>
<context>
    <name>ImportLists</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Time to results (weeks)</source>
        <translation>Zeit bis zu Ergebnissen (Wochen)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Muss-Kriterium</translation>
    </message>
    <message>
        <source>Must-have threshold</source>
        <translation>Schwelle des Muss-Kriteriums</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The list adds nothing; nothing was imported.</source>
        <translation>Die Liste fügt nichts hinzu; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 are all mapped to %2; ignore all but one</source>
        <translation>%1 sind alle %2 zugeordnet; ignorieren Sie alle bis auf eine</translation>
    </message>
    <message>
        <source>no column is mapped to Name; map the column holding the names</source>
        <translation>keine Spalte ist „Name“ zugeordnet; ordnen Sie die Spalte mit den Namen zu</translation>
    </message>
    <message>
        <source>no name; skipped</source>
        <translation>kein Name; übersprungen</translation>
    </message>
    <message>
        <source>%1 (got “%2”)</source>
        <translation>%1 (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>an option named “%1” already exists; skipped</source>
        <translation>eine Option namens „%1“ gibt es bereits; übersprungen</translation>
    </message>
    <message>
        <source>a criterion named “%1” already exists; skipped</source>
        <translation>ein Kriterium namens „%1“ gibt es bereits; übersprungen</translation>
    </message>
    <message>
        <source>the same name is on row %1; skipped</source>
        <translation>derselbe Name steht in Zeile %1; übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2: a formula, kept as its text and never calculated)</source>
        <translation>%1 (%2: eine Formel, als Text behalten und nie berechnet)</translation>
    </message>
    <message>
        <source>will add this option</source>
        <translation>fügt diese Option hinzu</translation>
    </message>
    <message>
        <source>will add this criterion</source>
        <translation>fügt dieses Kriterium hinzu</translation>
    </message>
    <message>
        <source>will add this criterion to the group “%1” (new)</source>
        <translation>fügt dieses Kriterium der Gruppe „%1“ hinzu (neu)</translation>
    </message>
    <message>
        <source>will add this criterion to the group “%1”</source>
        <translation>fügt dieses Kriterium der Gruppe „%1“ hinzu</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>new criterion, weight from the pairwise comparisons</source>
        <translation>neues Kriterium, Gewichtung aus den paarweisen Vergleichen</translation>
    </message>
    <message>
        <source>new criterion, weight from the pairwise comparisons, values from %2</source>
        <translation>neues Kriterium, Gewichtung aus den paarweisen Vergleichen, Werte aus %2</translation>
    </message>
    <message>
        <source>new criterion, weight %1</source>
        <translation>neues Kriterium, Gewichtung %1</translation>
    </message>
    <message>
        <source>new criterion, weight %1, values from %2</source>
        <translation>neues Kriterium, Gewichtung %1, Werte aus %2</translation>
    </message>
    <message>
        <source>scores for %1 of %2 criteria</source>
        <translation>Punktzahlen für %1 von %2 Kriterien</translation>
    </message>
    <message>
        <source>new option</source>
        <translation>neue Option</translation>
    </message>
    <message>
        <source>its row is not in the file, so the option is removed with its costs and scores</source>
        <translation>ihre Zeile fehlt in der Datei, daher wird die Option mit ihren Kosten und Punktzahlen entfernt</translation>
    </message>
    <message>
        <source>the option&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile der Option wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new option cannot be added: %1</source>
        <translation>die neue Option kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>new cost</source>
        <translation>neuer Kostenposten</translation>
    </message>
    <message>
        <source>its row is not in the file, so the cost is removed</source>
        <translation>seine Zeile fehlt in der Datei, daher wird der Kostenposten entfernt</translation>
    </message>
    <message>
        <source>the cost&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile des Kostenpostens wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new cost cannot be added: %1</source>
        <translation>der neue Kostenposten kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>new score</source>
        <translation>neue Punktzahl</translation>
    </message>
    <message>
        <source>its row is not in the file, so the score is removed</source>
        <translation>ihre Zeile fehlt in der Datei, daher wird die Punktzahl entfernt</translation>
    </message>
    <message>
        <source>the score&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile der Punktzahl wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new score cannot be added: %1</source>
        <translation>die neue Punktzahl kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>new checklist item</source>
        <translation>neuer Checklistenpunkt</translation>
    </message>
    <message>
        <source>its row is not in the file, so the checklist item is removed</source>
        <translation>seine Zeile fehlt in der Datei, daher wird der Checklistenpunkt entfernt</translation>
    </message>
    <message>
        <source>the checklist item&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile des Checklistenpunkts wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new checklist item cannot be added: %1</source>
        <translation>der neue Checklistenpunkt kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>new risk</source>
        <translation>neues Risiko</translation>
    </message>
    <message>
        <source>its row is not in the file, so the risk is removed</source>
        <translation>seine Zeile fehlt in der Datei, daher wird das Risiko entfernt</translation>
    </message>
    <message>
        <source>the risk&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile des Risikos wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new risk cannot be added: %1</source>
        <translation>das neue Risiko kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>new stakeholder</source>
        <translation>neuer Stakeholder</translation>
    </message>
    <message>
        <source>its row is not in the file, so the stakeholder is removed</source>
        <translation>seine Zeile fehlt in der Datei, daher wird der Stakeholder entfernt</translation>
    </message>
    <message>
        <source>the stakeholder&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile des Stakeholders wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new stakeholder cannot be added: %1</source>
        <translation>der neue Stakeholder kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>new change note</source>
        <translation>neue Änderungsnotiz</translation>
    </message>
    <message>
        <source>its row is not in the file, so the change note is removed</source>
        <translation>ihre Zeile fehlt in der Datei, daher wird die Änderungsnotiz entfernt</translation>
    </message>
    <message>
        <source>the change note&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile der Änderungsnotiz wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new change note cannot be added: %1</source>
        <translation>die neue Änderungsnotiz kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>neue Maßnahme</translation>
    </message>
    <message>
        <source>its row is not in the file, so the action is removed</source>
        <translation>ihre Zeile fehlt in der Datei, daher wird die Maßnahme entfernt</translation>
    </message>
    <message>
        <source>the action&apos;s row was removed in the file but changed in the app since the export</source>
        <translation>die Zeile der Maßnahme wurde in der Datei entfernt, aber seit dem Export in der App geändert</translation>
    </message>
    <message>
        <source>the new action cannot be added: %1</source>
        <translation>die neue Maßnahme kann nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>%1: imported as a new evaluation, number %2 (%3).</source>
        <translation>%1: als neue Bewertung Nummer %2 importiert (%3).</translation>
    </message>
    <message>
        <source>%1: imported as a new evaluation (%2).</source>
        <translation>%1: als neue Bewertung importiert (%2).</translation>
    </message>
    <message>
        <source>%1: would import as a new evaluation (%2).</source>
        <translation>%1: würde als neue Bewertung importiert (%2).</translation>
    </message>
    <message>
        <source>%1: No changes: the file and evaluation %2 agree.</source>
        <translation>%1: Keine Änderungen: Die Datei und Bewertung %2 stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conflict(s) to decide before anything is imported into evaluation %2 (%3).</source>
        <translation>
            <numerusform>%1: %n Konflikt ist zu entscheiden, bevor etwas in Bewertung %2 importiert wird (%3).</numerusform>
            <numerusform>%1: %n Konflikte sind zu entscheiden, bevor etwas in Bewertung %2 importiert wird (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to import into evaluation %2 (%3).</source>
        <translation>%1: nichts in Bewertung %2 zu importieren (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n change(s) into evaluation %2 (%3); %4 to decide.</source>
        <translation>
            <numerusform>%1: %n Änderung in Bewertung %2 importiert (%3); %4 zu entscheiden.</numerusform>
            <numerusform>%1: %n Änderungen in Bewertung %2 importiert (%3); %4 zu entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n change(s) into evaluation %2 (%3).</source>
        <translation>
            <numerusform>%1: %n Änderung in Bewertung %2 importiert (%3).</numerusform>
            <numerusform>%1: %n Änderungen in Bewertung %2 importiert (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: would import %n change(s) into evaluation %2 (%3); %4 to decide.</source>
        <translation>
            <numerusform>%1: würde %n Änderung in Bewertung %2 importieren (%3); %4 zu entscheiden.</numerusform>
            <numerusform>%1: würde %n Änderungen in Bewertung %2 importieren (%3); %4 zu entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: would import %n change(s) into evaluation %2 (%3).</source>
        <translation>
            <numerusform>%1: würde %n Änderung in Bewertung %2 importieren (%3).</numerusform>
            <numerusform>%1: würde %n Änderungen in Bewertung %2 importieren (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>conflict, not decided: %1: %2; choose with --conflicts app or --conflicts file.</source>
        <translation>Konflikt, nicht entschieden: %1: %2; wählen Sie mit --conflicts app oder --conflicts file.</translation>
    </message>
    <message>
        <source>conflict, theirs won: %1: the file&apos;s version is taken.</source>
        <translation>Konflikt, die Datei gewinnt: %1: Die Fassung der Datei wird übernommen.</translation>
    </message>
    <message>
        <source>conflict, theirs won: %1: the file&apos;s version would be taken.</source>
        <translation>Konflikt, die Datei gewinnt: %1: Die Fassung der Datei würde übernommen.</translation>
    </message>
    <message>
        <source>conflict, ours won: %1: the app&apos;s version stays.</source>
        <translation>Konflikt, die App gewinnt: %1: Die Fassung der App bleibt.</translation>
    </message>
    <message>
        <source>conflict, ours won: %1: the app&apos;s version would stay.</source>
        <translation>Konflikt, die App gewinnt: %1: Die Fassung der App würde bleiben.</translation>
    </message>
    <message>
        <source>conflict, theirs won: %1: the file&apos;s %2 replaces the app&apos;s %3 (exported: %4).</source>
        <translation>Konflikt, die Datei gewinnt: %1: %2 aus der Datei ersetzt %3 aus der App (exportiert: %4).</translation>
    </message>
    <message>
        <source>conflict, theirs won: %1: the file&apos;s %2 would replace the app&apos;s %3 (exported: %4).</source>
        <translation>Konflikt, die Datei gewinnt: %1: %2 aus der Datei würde %3 aus der App ersetzen (exportiert: %4).</translation>
    </message>
    <message>
        <source>conflict, ours won: %1: the app&apos;s %3 stays; the file&apos;s %2 is not imported (exported: %4).</source>
        <translation>Konflikt, die App gewinnt: %1: %3 aus der App bleibt; %2 aus der Datei wird nicht importiert (exportiert: %4).</translation>
    </message>
    <message>
        <source>conflict, ours won: %1: the app&apos;s %3 would stay; the file&apos;s %2 would not be imported (exported: %4).</source>
        <translation>Konflikt, die App gewinnt: %1: %3 aus der App würde bleiben; %2 aus der Datei würde nicht importiert (exportiert: %4).</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Unternehmenssoftware</translation>
    </message>
    <message>
        <source>Hardware and equipment</source>
        <translation>Hardware und Ausrüstung</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Consumer electronics</source>
        <translation>Unterhaltungselektronik</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Home appliance</source>
        <translation>Haushaltsgerät</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Defining the need</source>
        <translation>Bedarf wird definiert</translation>
    </message>
    <message>
        <source>Exploring options</source>
        <translation>Optionen werden erkundet</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>In Bewertung</translation>
    </message>
    <message>
        <source>Deciding</source>
        <translation>In Entscheidung</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ListImport</name>
    <message>
        <source>Import options or criteria from a list</source>
        <translation>Optionen oder Kriterien aus einer Liste importieren</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt *.tsv);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Listen (*.csv *.xlsx *.txt *.tsv);;CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Time to results (weeks)</source>
        <translation>Zeit bis zu Ergebnissen (Wochen)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Muss-Kriterium</translation>
    </message>
    <message>
        <source>Must-have threshold</source>
        <translation>Schwelle des Muss-Kriteriums</translation>
    </message>
    <message>
        <source>Options (alternatives to compare)</source>
        <translation>Optionen (zu vergleichende Alternativen)</translation>
    </message>
    <message>
        <source>Criteria (what matters)</source>
        <translation>Kriterien (was zählt)</translation>
    </message>
    <message>
        <source>1 option</source>
        <translation>1 Option</translation>
    </message>
    <message>
        <source>%1 options</source>
        <translation>%1 Optionen</translation>
    </message>
    <message>
        <source>1 criterion</source>
        <translation>1 Kriterium</translation>
    </message>
    <message>
        <source>%1 criteria</source>
        <translation>%1 Kriterien</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Import the column “%1” as</source>
        <translation>Spalte „%1“ importieren als</translation>
    </message>
    <message>
        <source>Import from “%1”</source>
        <translation>Aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Import the rows as</source>
        <translation>Die Zeilen importieren als</translation>
    </message>
    <message>
        <source>Import the rows as:</source>
        <translation>Die Zeilen importieren als:</translation>
    </message>
    <message>
        <source>Columns of the file and what they are imported as</source>
        <translation>Spalten der Datei und als was sie importiert werden</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>What each row of the file becomes</source>
        <translation>Was aus jeder Zeile der Datei wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt;: choose what each column of the file is imported as.</source>
        <translation>&lt;b&gt;Spalten&lt;/b&gt;: Wählen Sie, als was jede Spalte der Datei importiert wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;: the first %1 rows of the file.</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;: die ersten %1 Zeilen der Datei.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt;: what each row becomes.</source>
        <translation>&lt;b&gt;Zeilen&lt;/b&gt;: was aus jeder Zeile wird.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>%1 (the red lines say where and why): change the column mapping above, or correct the file and import it again. Nothing is added until then.</source>
        <translation>%1 (die roten Zeilen nennen Ort und Grund): Ändern Sie die Spaltenzuordnung oben oder korrigieren Sie die Datei und importieren Sie sie erneut. Bis dahin wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing to add: every row is skipped or empty.</source>
        <translation>Nichts hinzuzufügen: Jede Zeile wird übersprungen oder ist leer.</translation>
    </message>
    <message>
        <source>Adds %1 as one step; Edit ▸ Undo takes them all back.</source>
        <translation>Fügt %1 in einem Schritt hinzu; Bearbeiten ▸ Rückgängig nimmt alle zurück.</translation>
    </message>
    <message>
        <source>New criterion groups: %1.</source>
        <translation>Neue Kriteriengruppen: %1.</translation>
    </message>
    <message>
        <source>1 row skipped.</source>
        <translation>1 Zeile übersprungen.</translation>
    </message>
    <message>
        <source>%1 rows skipped.</source>
        <translation>%1 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>Blatt „%1“</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>“%1”: %2 below the header in row %3 (%4).</source>
        <translation>„%1“: %2 unter der Kopfzeile in Zeile %3 (%4).</translation>
    </message>
    <message>
        <source>Values are read as text or numbers; nothing in the file is calculated.</source>
        <translation>Werte werden als Text oder Zahlen gelesen; nichts in der Datei wird berechnet.</translation>
    </message>
    <message>
        <source>Select the evaluation to add the options or criteria to first.</source>
        <translation>Wählen Sie zuerst die Bewertung, der die Optionen oder Kriterien hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>Cannot import “%1”</source>
        <translation>„%1“ kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import options from “%1”</source>
        <translation>Optionen aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Import criteria from “%1”</source>
        <translation>Kriterien aus „%1“ importieren</translation>
    </message>
    <message>
        <source>Added %1 from “%2”; Edit ▸ Undo takes them back.</source>
        <translation>%1 aus „%2“ hinzugefügt; Bearbeiten ▸ Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>%1 Nothing was added.</source>
        <translation>%1 Es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete evaluation…</source>
        <translation>Bewertung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;New workbook…</source>
        <translation>&amp;Neue Arbeitsmappe…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>Arbeitsmappe &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation>&amp;Team-Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Nach Excel &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Aus Excel &amp;importieren…</translation>
    </message>
    <message>
        <source>Import options or criteria from a &amp;list…</source>
        <translation>Optionen oder Kriterien aus einer &amp;Liste importieren…</translation>
    </message>
    <message>
        <source>Send out for sc&amp;oring…</source>
        <translation>Zur Bepunktung &amp;versenden…</translation>
    </message>
    <message>
        <source>Import a scoring s&amp;heet…</source>
        <translation>Bepunktungsbl&amp;att importieren…</translation>
    </message>
    <message>
        <source>Import &amp;questionnaire answers…</source>
        <translation>&amp;Fragebogen-Antworten importieren…</translation>
    </message>
    <message>
        <source>E&amp;valuators…</source>
        <translation>Be&amp;werter…</translation>
    </message>
    <message>
        <source>Decision &amp;report (PDF)…</source>
        <translation>Entscheidungsbericht (&amp;PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New evaluation…</source>
        <translation>&amp;Neue Bewertung…</translation>
    </message>
    <message>
        <source>Add &amp;sample evaluations</source>
        <translation>&amp;Beispielbewertungen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Find in all evaluations…</source>
        <translation>In allen Bewertungen &amp;suchen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate evaluation…</source>
        <translation>Bewertung d&amp;uplizieren…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Als Vorl&amp;age speichern…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Recent workbooks</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsmappen</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No recent workbooks</source>
        <translation>Keine zuletzt geöffneten Arbeitsmappen</translation>
    </message>
    <message>
        <source>About Due-Diligence Workbook</source>
        <translation>Über Due-Diligence-Arbeitsmappe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Due-Diligence Workbook %1&lt;/h3&gt;&lt;p&gt;An offline workbook for buyers: define the need, compare the alternatives with weighted criteria and evidence, and track risks, stakeholders and the change a purchase brings.&lt;/p&gt;&lt;p&gt;Everything stays in one file on your computer, and every change is saved as you make it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Due-Diligence-Arbeitsmappe %1&lt;/h3&gt;&lt;p&gt;Eine Offline-Arbeitsmappe für Einkäufer: den Bedarf definieren, die Alternativen mit gewichteten Kriterien und Nachweisen vergleichen und Risiken, Stakeholder und die Veränderung durch einen Kauf verfolgen.&lt;/p&gt;&lt;p&gt;Alles bleibt in einer Datei auf Ihrem Computer, und jede Änderung wird sofort gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening workbook…</source>
        <translation>Arbeitsmappe wird geöffnet…</translation>
    </message>
    <message>
        <source>No workbook is open</source>
        <translation>Keine Arbeitsmappe geöffnet</translation>
    </message>
    <message>
        <source>A workbook is one file holding your evaluations. Open one, or start a new one.</source>
        <translation>Eine Arbeitsmappe ist eine Datei mit Ihren Bewertungen. Öffnen Sie eine oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>No evaluations yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <source>An evaluation holds one purchase: the need, the alternatives, how they compare, the risks and the people involved. Start one, or explore the samples.</source>
        <translation>Eine Bewertung umfasst einen Kauf: den Bedarf, die Alternativen, ihren Vergleich, die Risiken und die beteiligten Personen. Beginnen Sie eine oder sehen Sie sich die Beispiele an.</translation>
    </message>
    <message>
        <source>Nothing matches the filters</source>
        <translation>Nichts entspricht den Filtern</translation>
    </message>
    <message>
        <source>Clear the search, choose “All statuses” or tick “Show archived” to see more.</source>
        <translation>Leeren Sie die Suche, wählen Sie „Alle Status“ oder haken Sie „Archivierte anzeigen“ an, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>No evaluation selected</source>
        <translation>Keine Bewertung ausgewählt</translation>
    </message>
    <message>
        <source>Choose an evaluation on the left, or start a new one.</source>
        <translation>Wählen Sie links eine Bewertung oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>%1 · read-only: changes cannot be saved</source>
        <translation>%1 · schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 · every change is saved as you make it</source>
        <translation>%1 · jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Could not complete “%1”</source>
        <translation>„%1“ konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Updated with changes saved by another window</source>
        <translation>Aktualisiert mit Änderungen, die ein anderes Fenster gespeichert hat</translation>
    </message>
</context>
<context>
    <name>MatrixClipboard</name>
    <message>
        <source>The pasted block (%1 × %2 cells) reaches beyond the matrix from the current cell; nothing was stored.</source>
        <translation>Der eingefügte Block (%1 × %2 Zellen) reicht von der aktuellen Zelle aus über die Matrix hinaus; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the cell %1 cannot take “%2”. %3</source>
        <translation>Nichts eingefügt: Die Zelle %1 kann „%2“ nicht aufnehmen. %3</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Score matrix</source>
        <translation>Bewertungsmatrix</translation>
    </message>
    <message>
        <source>Missing scores</source>
        <translation>Fehlende Punktzahlen</translation>
    </message>
    <message>
        <source>Failed must-haves</source>
        <translation>Nicht erfüllte Muss-Kriterien</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>&amp;Nachweise…</translation>
    </message>
    <message>
        <source>Range, confidence and evidence of the current score (Ctrl+E)</source>
        <translation>Spanne, Sicherheit und Nachweise der aktuellen Punktzahl (Strg+E)</translation>
    </message>
    <message>
        <source>Score not stored</source>
        <translation>Punktzahl nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Missing scores:</source>
        <translation>&amp;Fehlende Punktzahlen:</translation>
    </message>
    <message>
        <source>Failed m&amp;ust-have:</source>
        <translation>Nicht erfüllte M&amp;uss-Kriterien:</translation>
    </message>
    <message>
        <source>Type a score and press Enter · Delete clears it (missing, not zero) · — missing · 7 (6–9) likely with range · 6? low confidence · ◥ evidence · shaded rows are calculated</source>
        <translation>Punktzahl eingeben und Eingabe drücken · Entf löscht sie (fehlt, nicht null) · — fehlt · 7 (6–9) wahrscheinlich mit Spanne · 6? geringe Sicherheit · ◥ Nachweis · schattierte Zeilen sind berechnet</translation>
    </message>
    <message>
        <source>No options yet: add the alternatives (including doing nothing) under Options &amp; costs.</source>
        <translation>Noch keine Optionen: Erfassen Sie die Alternativen (einschließlich „Nichts tun“) unter „Optionen &amp; Kosten“.</translation>
    </message>
    <message>
        <source>No criteria yet: add what matters, with weights, under Criteria &amp; weights.</source>
        <translation>Noch keine Kriterien: Erfassen Sie unter „Kriterien &amp; Gewichtungen“, was zählt, mit Gewichtungen.</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n score(s)</source>
        <translation>
            <numerusform>%n Punktzahl löschen</numerusform>
            <numerusform>%n Punktzahlen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted</source>
        <translation>Nichts eingefügt</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n score(s)</source>
        <translation>
            <numerusform>%n Punktzahl einfügen</numerusform>
            <numerusform>%n Punktzahlen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Nachweise für %1</translation>
    </message>
    <message>
        <source>Missing-score policy</source>
        <translation>Umgang mit fehlenden Punktzahlen</translation>
    </message>
    <message>
        <source>Must-have policy</source>
        <translation>Umgang mit Muss-Kriterien</translation>
    </message>
    <message>
        <source>C&amp;lear score</source>
        <translation>Punktzahl &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
</context>
<context>
    <name>NewEvaluationDialog</name>
    <message>
        <source>New evaluation</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>What the template brings</source>
        <translation>Was die Vorlage mitbringt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Quick mode: just me (no stakeholders, approvals or change plan)</source>
        <translation>Schnellmodus: nur ich (keine Stakeholder, Freigaben oder Veränderungsplan)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Start from a template for your kind of purchase, or from a blank evaluation.</source>
        <translation>Beginnen Sie mit einer Vorlage für Ihre Art von Kauf oder mit einer leeren Bewertung.</translation>
    </message>
    <message>
        <source>Blank evaluation</source>
        <translation>Leere Bewertung</translation>
    </message>
    <message>
        <source>For a business</source>
        <translation>Für ein Unternehmen</translation>
    </message>
    <message>
        <source>For yourself</source>
        <translation>Für Sie selbst</translation>
    </message>
    <message>
        <source>e.g. “New laptop for study and travel”</source>
        <translation>z. B. „Neuer Laptop für Studium und Reisen“</translation>
    </message>
    <message>
        <source>e.g. “CRM for the sales team”</source>
        <translation>z. B. „CRM für das Vertriebsteam“</translation>
    </message>
    <message>
        <source>What are you buying?</source>
        <translation>Was kaufen Sie?</translation>
    </message>
    <message>
        <source>An empty evaluation: add the options, criteria and checks yourself.</source>
        <translation>Eine leere Bewertung: Optionen, Kriterien und Prüfpunkte fügen Sie selbst hinzu.</translation>
    </message>
    <message>
        <source>%1 criteria with weights in %2 groups</source>
        <translation>%1 Kriterien mit Gewichtungen in %2 Gruppen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alternatives to weigh:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abzuwägende Alternativen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Checklist: %1 checks</source>
        <translation>Checkliste: %1 Prüfpunkte</translation>
    </message>
    <message>
        <source>for every option you buy from someone</source>
        <translation>für jede Option, die Sie von jemandem kaufen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who to involve:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wer einzubinden ist:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) could not be read and are not listed. First: %1</source>
        <translation>
            <numerusform>%n Vorlagendatei konnte nicht gelesen werden und ist nicht aufgeführt: %1</numerusform>
            <numerusform>%n Vorlagendateien konnten nicht gelesen werden und sind nicht aufgeführt. Erste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteLinksDialog</name>
    <message>
        <source>What this note concerns</source>
        <translation>Worauf sich diese Notiz bezieht</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Double-click or press Ctrl+L to choose the people and options this concerns</source>
        <translation>Doppelklick oder Strg+L, um die betroffenen Personen und Optionen zu wählen</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Change notes, newest first</source>
        <translation>Änderungsnotizen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Betrifft…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add change note</source>
        <translation>Änderungsnotiz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change what “%1” concerns</source>
        <translation>Ändern, was „%1“ betrifft</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>is not an option of this evaluation</source>
        <translation>ist keine Option dieser Bewertung</translation>
    </message>
    <message>
        <source>choose at least one option to apply the checklist to</source>
        <translation>wählen Sie mindestens eine Option, auf die die Checkliste angewendet wird</translation>
    </message>
    <message>
        <source>a risk can only be raised from a checklist item</source>
        <translation>ein Risiko kann nur aus einem Checklistenpunkt erstellt werden</translation>
    </message>
    <message>
        <source>a checklist item belongs to exactly one option</source>
        <translation>ein Checklistenpunkt gehört zu genau einer Option</translation>
    </message>
    <message>
        <source>the vendor must see who asks: give the buyer&apos;s name</source>
        <translation>der Anbieter muss sehen, wer fragt: Geben Sie den Namen des Käufers an</translation>
    </message>
    <message>
        <source>the deadline lies before the day it is sent</source>
        <translation>die Frist liegt vor dem Tag des Versands</translation>
    </message>
    <message>
        <source>was sent from elsewhere meanwhile; send it again</source>
        <translation>wurde inzwischen von anderer Stelle versandt; senden Sie ihn erneut</translation>
    </message>
    <message>
        <source>is no longer a checklist item of this questionnaire&apos;s option</source>
        <translation>ist kein Checklistenpunkt der Option dieses Fragebogens mehr</translation>
    </message>
    <message>
        <source>is not a criterion of this evaluation</source>
        <translation>ist kein Kriterium dieser Bewertung</translation>
    </message>
    <message>
        <source>is not a criterion group of this evaluation</source>
        <translation>ist keine Kriteriengruppe dieser Bewertung</translation>
    </message>
    <message>
        <source>is not a stakeholder of this evaluation</source>
        <translation>ist kein Stakeholder dieser Bewertung</translation>
    </message>
    <message>
        <source>is not a risk item of this evaluation</source>
        <translation>ist kein Risikopunkt dieser Bewertung</translation>
    </message>
    <message>
        <source>another option of this evaluation already has this name</source>
        <translation>eine andere Option dieser Bewertung hat bereits diesen Namen</translation>
    </message>
    <message>
        <source>another criterion of this evaluation already has this name</source>
        <translation>ein anderes Kriterium dieser Bewertung hat bereits diesen Namen</translation>
    </message>
    <message>
        <source>another criterion group of this evaluation already has this name</source>
        <translation>eine andere Kriteriengruppe dieser Bewertung hat bereits diesen Namen</translation>
    </message>
    <message>
        <source>another stakeholder of this evaluation already has this name</source>
        <translation>ein anderer Stakeholder dieser Bewertung hat bereits diesen Namen</translation>
    </message>
    <message>
        <source>existing scores lie outside it (%1); change them first</source>
        <translation>vorhandene Punktzahlen liegen außerhalb (%1); ändern Sie diese zuerst</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>Kriterium %1: %2</translation>
    </message>
    <message>
        <source>criterion %1: only a measured criterion can have a value function (its scale is %2)</source>
        <translation>Kriterium %1: Nur ein gemessenes Kriterium kann eine Wertfunktion haben (seine Skala ist %2)</translation>
    </message>
    <message>
        <source>criterion %1: a must-have on levels names a level by its number, 1 to %2</source>
        <translation>Kriterium %1: Ein Muss-Kriterium auf Stufen nennt eine Stufe mit ihrer Nummer, 1 bis %2</translation>
    </message>
    <message>
        <source>criterion %1: list the levels from worst to best to make them a must-have (the threshold keeps its level and those after it)</source>
        <translation>Kriterium %1: Ordnen Sie die Stufen von der schlechtesten zur besten, um sie zum Muss-Kriterium zu machen (die Schwelle behält ihre Stufe und die danach)</translation>
    </message>
    <message>
        <source>criterion %1: a must-have on levels keeps the threshold level and the better ones after it; set the direction to “Higher is better”</source>
        <translation>Kriterium %1: Ein Muss-Kriterium auf Stufen behält die Schwellenstufe und die besseren danach; stellen Sie die Richtung auf „Höher ist besser“</translation>
    </message>
    <message>
        <source>criterion %1: its value function makes higher values worth more, so its must-have needs the direction “Higher is better”</source>
        <translation>Kriterium %1: Seine Wertfunktion macht höhere Werte wertvoller, daher braucht sein Muss-Kriterium die Richtung „Höher ist besser“</translation>
    </message>
    <message>
        <source>criterion %1: its value function makes lower values worth more, so its must-have needs the direction “Lower is better”</source>
        <translation>Kriterium %1: Seine Wertfunktion macht niedrigere Werte wertvoller, daher braucht sein Muss-Kriterium die Richtung „Niedriger ist besser“</translation>
    </message>
    <message>
        <source>is not one of the levels&apos; numbers 1 to %1 (%2)</source>
        <translation>ist keine der Stufennummern 1 bis %1 (%2)</translation>
    </message>
    <message>
        <source>is outside the scale %1 to %2</source>
        <translation>liegt außerhalb der Skala %1 bis %2</translation>
    </message>
    <message>
        <source>the low end %1 is above the high end %2</source>
        <translation>das untere Ende %1 liegt über dem oberen Ende %2</translation>
    </message>
    <message>
        <source>the value %1 lies outside its range %2; change the range too</source>
        <translation>der Wert %1 liegt außerhalb seiner Spanne %2; ändern Sie auch die Spanne</translation>
    </message>
    <message>
        <source>names no criterion of this evaluation</source>
        <translation>nennt kein Kriterium dieser Bewertung</translation>
    </message>
</context>
<context>
    <name>OptionDetails</name>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Die Website im Browser öffnen</translation>
    </message>
    <message>
        <source>Name, role, e-mail, phone</source>
        <translation>Name, Rolle, E-Mail, Telefon</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>z. B. 10</translation>
    </message>
    <message>
        <source>Weeks from the decision until the option delivers results</source>
        <translation>Wochen von der Entscheidung, bis die Option Ergebnisse liefert</translation>
    </message>
    <message>
        <source>Why it is out of the running</source>
        <translation>Warum sie ausscheidet</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Time to &amp;results:</source>
        <translation>Zeit bis zu &amp;Ergebnissen:</translation>
    </message>
    <message>
        <source>Time to results in weeks</source>
        <translation>Zeit bis zu Ergebnissen in Wochen</translation>
    </message>
    <message>
        <source>Reason for e&amp;xclusion:</source>
        <translation>Grund für den &amp;Ausschluss:</translation>
    </message>
    <message>
        <source>Reason for exclusion</source>
        <translation>Grund für den Ausschluss</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&lt;i&gt;No option selected&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Option ausgewählt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Open ↗</source>
        <translation>Öffnen ↗</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>OptionDialogs</name>
    <message>
        <source>Remove option</source>
        <translation>Option entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? Its %2 go with it; Edit ▸ Undo brings them back.</source>
        <translation>„%1“ entfernen? Ihre %2 werden mit entfernt; Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>OptionRiskModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Risk exposure</source>
        <translation>Risikoexposition</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Critical checks</source>
        <translation>Kritische Prüfpunkte</translation>
    </message>
    <message>
        <source>Due diligence</source>
        <translation>Due Diligence</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>The score of the option&apos;s worst risk that is not closed</source>
        <translation>Die Punktzahl des schwersten nicht geschlossenen Risikos der Option</translation>
    </message>
    <message>
        <source>The sum of the scores of the option&apos;s risks that are not closed (residual once mitigated or accepted)</source>
        <translation>Die Summe der Punktzahlen der nicht geschlossenen Risiken der Option (Restrisiko nach Minderung oder Akzeptanz)</translation>
    </message>
    <message>
        <source>Checks answered; “not applicable” counts as done</source>
        <translation>Beantwortete Prüfpunkte; „nicht zutreffend“ zählt als erledigt</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (ausgeschlossen)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>none failed</source>
        <translation>keine nicht erfüllt</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Vendor product</source>
        <translation>Anbieterprodukt</translation>
    </message>
    <message>
        <source>Build in-house</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>Extend what we have</source>
        <translation>Bestehendes erweitern</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Options this risk concerns</source>
        <translation>Optionen, die dieses Risiko betrifft</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Leave all unticked for a risk that concerns whichever option is chosen.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Lassen Sie alle leer für ein Risiko, das jede gewählte Option betrifft.</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Add option</source>
        <translation>Option &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an option (Insert)</source>
        <translation>Eine Option hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Add a &amp;path</source>
        <translation>&amp;Weg hinzufügen</translation>
    </message>
    <message>
        <source>Besides buying, always weigh building, extending and doing nothing</source>
        <translation>Neben dem Kauf immer auch Eigenentwicklung, Erweiterung und Nichtstun abwägen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the option up (Ctrl+Up)</source>
        <translation>Die Option nach oben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the option down (Ctrl+Down)</source>
        <translation>Die Option nach unten (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected option</source>
        <translation>Die ausgewählte Option entfernen</translation>
    </message>
    <message>
        <source>Remove the option with its scores, costs and risks (Delete)</source>
        <translation>Die Option mit ihren Punktzahlen, Kosten und Risiken entfernen (Entf)</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Neue Option</translation>
    </message>
    <message>
        <source>Add option “%1”</source>
        <translation>Option „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>„%1“ nach oben</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>„%1“ nach unten</translation>
    </message>
    <message>
        <source>Remove option “%1”</source>
        <translation>Option „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n Punktzahl</numerusform>
            <numerusform>%n Punktzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s)</source>
        <translation>
            <numerusform>%n Kostenposten</numerusform>
            <numerusform>%n Kostenposten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n Risiko</numerusform>
            <numerusform>%n Risiken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Grund des Ausschlusses</translation>
    </message>
    <message>
        <source>no reason given yet</source>
        <translation>noch kein Grund angegeben</translation>
    </message>
    <message>
        <source>Excluded from the ranking: %1</source>
        <translation>Aus der Rangfolge ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>OverviewEditor</name>
    <message>
        <source>No budget set</source>
        <translation>Kein Budget festgelegt</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Archived (hidden from the list unless “Show archived” is on)</source>
        <translation>Archiviert (in der Liste verborgen, außer „Archivierte anzeigen“ ist an)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Need</source>
        <translation>&amp;Bedarf</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>D&amp;eadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Chosen option</source>
        <translation>&amp;Gewählte Option</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Decided o&amp;n</source>
        <translation>Entschieden a&amp;m</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Entschieden &amp;von</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>chosen option</source>
        <translation>gewählte Option</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>entschieden von</translation>
    </message>
    <message>
        <source>archived flag</source>
        <translation>Archiv-Markierung</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (ausgeschlossen)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The %1 was not changed (you entered “%3”): %2.</source>
        <translation>%1 wurde nicht geändert (Sie haben „%3“ eingegeben): %2.</translation>
    </message>
    <message>
        <source>Value not stored</source>
        <translation>Wert nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PairwiseDialog</name>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>A %1 (%2)</source>
        <translation>A %1 (%2)</translation>
    </message>
    <message>
        <source>equal (1)</source>
        <translation>gleich (1)</translation>
    </message>
    <message>
        <source>B %1 (%2)</source>
        <translation>B %1 (%2)</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>Paarweise Vergleiche</translation>
    </message>
    <message>
        <source>For each pair, say which criterion matters more and by how much. You need not judge every pair, but the judgements must connect all criteria. Each choice is saved at once.</source>
        <translation>Sagen Sie für jedes Paar, welches Kriterium wichtiger ist und um wie viel. Sie müssen nicht jedes Paar beurteilen, aber die Urteile müssen alle Kriterien verbinden. Jede Wahl wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Criterion A</source>
        <translation>Kriterium A</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Criterion B</source>
        <translation>Kriterium B</translation>
    </message>
    <message>
        <source>Pairs of criteria</source>
        <translation>Kriterienpaare</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Derived weights</source>
        <translation>Abgeleitete Gewichtungen</translation>
    </message>
    <message>
        <source>&amp;Use these weights for the ranking</source>
        <translation>Diese Gewichtungen für die Rangfolge &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Weights from these judgements</source>
        <translation>Gewichtungen aus diesen Urteilen</translation>
    </message>
    <message>
        <source>How much more important is “%1” (A) than “%2” (B)?</source>
        <translation>Um wie viel wichtiger ist „%1“ (A) als „%2“ (B)?</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>Paarweiser Vergleich</translation>
    </message>
    <message>
        <source>Comparison not stored</source>
        <translation>Vergleich nicht gespeichert</translation>
    </message>
    <message>
        <source>Random index (RI) from %1.</source>
        <translation>Zufallsindex (RI) nach %1.</translation>
    </message>
    <message>
        <source>Pairwise comparison is practical for up to %1 criteria; with %2, use direct weights.</source>
        <translation>Der paarweise Vergleich ist bis %1 Kriterien praktikabel; bei %2 verwenden Sie direkte Gewichtungen.</translation>
    </message>
    <message>
        <source>Add at least two criteria to compare them in pairs.</source>
        <translation>Fügen Sie mindestens zwei Kriterien hinzu, um sie paarweise zu vergleichen.</translation>
    </message>
    <message>
        <source> · %1 pairs not judged (allowed)</source>
        <translation> · %1 Paare nicht beurteilt (zulässig)</translation>
    </message>
    <message>
        <source>Consistency cannot be judged beyond 15 criteria.</source>
        <translation>Über 15 Kriterien hinaus lässt sich die Konsistenz nicht beurteilen.</translation>
    </message>
    <message>
        <source>Consistency ratio (CR): %1 (0.10 or less is consistent)</source>
        <translation>Konsistenzquotient (CR): %1 (0,10 oder weniger ist konsistent)</translation>
    </message>
    <message>
        <source>CR %1 is above 0.10: the judgements contradict each other (e.g. A &gt; B and B &gt; C, but C &gt; A). Revisit them.</source>
        <translation>CR %1 liegt über 0,10: Die Urteile widersprechen sich (z. B. A &gt; B und B &gt; C, aber C &gt; A). Überarbeiten Sie sie.</translation>
    </message>
    <message>
        <source>The comparisons do not yet connect all criteria, so there are no weights yet.</source>
        <translation>Die Vergleiche verbinden noch nicht alle Kriterien, daher gibt es noch keine Gewichtungen.</translation>
    </message>
    <message>
        <source>Linked so far: %1.</source>
        <translation>Bisher verbunden: %1.</translation>
    </message>
    <message>
        <source>Not compared with any other criterion yet: %1.</source>
        <translation>Noch mit keinem anderen Kriterium verglichen: %1.</translation>
    </message>
    <message>
        <source>Weights from comparisons</source>
        <translation>Gewichtungen aus Vergleichen</translation>
    </message>
    <message>
        <source>Weights not changed</source>
        <translation>Gewichtungen nicht geändert</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>All approvals are in.</source>
        <translation>Alle Freigaben liegen vor.</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>niemand benannt</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) missing: %1</source>
        <translation>
            <numerusform>%n Freigabe fehlt: %1</numerusform>
            <numerusform>%n Freigaben fehlen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; record them first or give a reason to decide anyway</source>
        <translation>%1; erfassen Sie diese zuerst oder begründen Sie, warum trotzdem entschieden wird</translation>
    </message>
    <message>
        <source>Decided with approvals outstanding. %1. Reason for deciding anyway: %2</source>
        <translation>Entschieden, obwohl Freigaben ausstehen. %1. Grund, trotzdem zu entscheiden: %2</translation>
    </message>
    <message>
        <source>choose the option you decided for</source>
        <translation>wählen Sie die Option, für die Sie sich entschieden haben</translation>
    </message>
    <message>
        <source>cannot be empty: say why this option was chosen</source>
        <translation>darf nicht leer sein: Sagen Sie, warum diese Option gewählt wurde</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>cannot be empty: say who decided</source>
        <translation>darf nicht leer sein: Sagen Sie, wer entschieden hat</translation>
    </message>
    <message>
        <source>Decided with approvals outstanding (%1). Reason: %2</source>
        <translation>Entschieden, obwohl Freigaben ausstehen (%1). Grund: %2</translation>
    </message>
    <message>
        <source>is not a stage of the buying process</source>
        <translation>ist keine Phase des Einkaufsprozesses</translation>
    </message>
</context>
<context>
    <name>PeopleLabels</name>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Technical evaluator</source>
        <translation>Technischer Prüfer</translation>
    </message>
    <message>
        <source>Budget holder</source>
        <translation>Budgetverantwortlicher</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Process change</source>
        <translation>Prozessänderung</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Widerstand</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>R — responsible</source>
        <translation>R — durchführend</translation>
    </message>
    <message>
        <source>A — accountable</source>
        <translation>A — verantwortlich</translation>
    </message>
    <message>
        <source>C — consulted</source>
        <translation>C — konsultiert</translation>
    </message>
    <message>
        <source>I — informed</source>
        <translation>I — informiert</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Bewusstsein</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Reinforcement</source>
        <translation>Verankerung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PowerInterestGridView</name>
    <message>
        <source>Power / interest grid</source>
        <translation>Einfluss-Interesse-Raster</translation>
    </message>
    <message>
        <source>Drag a person to change their influence and interest, or select them and use the arrow keys</source>
        <translation>Ziehen Sie eine Person, um Einfluss und Interesse zu ändern, oder wählen Sie sie und nutzen Sie die Pfeiltasten</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Einfluss →</translation>
    </message>
    <message>
        <source>Influence %1, interest %2</source>
        <translation>Einfluss %1, Interesse %2</translation>
    </message>
</context>
<context>
    <name>ProcessPanel</name>
    <message>
        <source>Buying process</source>
        <translation>Einkaufsprozess</translation>
    </message>
    <message>
        <source>Every stage is done.</source>
        <translation>Alle Phasen sind erledigt.</translation>
    </message>
    <message>
        <source>%1 of %2 stages done · next: %3</source>
        <translation>%1 von %2 Phasen erledigt · nächste: %3</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>the sheet “%1” is missing (it was deleted)</source>
        <translation>das Blatt „%1“ fehlt (es wurde gelöscht)</translation>
    </message>
    <message>
        <source>the header row of the sheet “%1” was moved or changed</source>
        <translation>die Kopfzeile des Blatts „%1“ wurde verschoben oder geändert</translation>
    </message>
    <message>
        <source>%1: holds a formula (%2); type the answer itself</source>
        <translation>%1: enthält eine Formel (%2); geben Sie die Antwort selbst ein</translation>
    </message>
    <message>
        <source>%1: %2 (got “%3”)</source>
        <translation>%1: %2 (erhalten: „%3“)</translation>
    </message>
    <message>
        <source>%1: holds a formula (%2); type the text itself</source>
        <translation>%1: enthält eine Formel (%2); geben Sie den Text selbst ein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Documents attached</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <source>Answer each question on the sheet “%1”, in the column “%2”. Only the answer, comment and document cells can be changed.</source>
        <translation>Beantworten Sie jede Frage auf dem Blatt „%1“ in der Spalte „%2“. Nur die Zellen für Antwort, Kommentar und Dokumente lassen sich ändern.</translation>
    </message>
    <message>
        <source>Yes / no / partly: choose from the list in the cell.</source>
        <translation>Ja / nein / teilweise: Wählen Sie aus der Liste in der Zelle.</translation>
    </message>
    <message>
        <source>Number: type the number alone, in the unit the answer type names (for example %3).</source>
        <translation>Zahl: Geben Sie nur die Zahl ein, in der Einheit, die der Antworttyp nennt (zum Beispiel %3).</translation>
    </message>
    <message>
        <source>Date: type the date; the cell shows it as year-month-day.</source>
        <translation>Datum: Geben Sie das Datum ein; die Zelle zeigt es als Jahr-Monat-Tag.</translation>
    </message>
    <message>
        <source>Document: attach the files to your reply, choose “%4”, “%5” or “%6”, and write the files&apos; names in “%7”.</source>
        <translation>Dokument: Hängen Sie die Dateien an Ihre Antwort an, wählen Sie „%4“, „%5“ oder „%6“ und schreiben Sie die Dateinamen in „%7“.</translation>
    </message>
    <message>
        <source>Add a comment wherever an answer needs explaining. Leave an answer empty if you cannot answer it.</source>
        <translation>Fügen Sie einen Kommentar hinzu, wo eine Antwort einer Erklärung bedarf. Lassen Sie eine Antwort leer, wenn Sie sie nicht beantworten können.</translation>
    </message>
    <message>
        <source>Please do not rename, move, add or delete sheets, rows or columns. Save the file as .xlsx (Excel workbook) and send it back.</source>
        <translation>Bitte benennen Sie keine Blätter, Zeilen oder Spalten um und verschieben, ergänzen oder löschen Sie keine. Speichern Sie die Datei als .xlsx (Excel-Arbeitsmappe) und senden Sie sie zurück.</translation>
    </message>
    <message>
        <source>yes, no or partly</source>
        <translation>ja, nein oder teilweise</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>attached, to follow or not available</source>
        <translation>angehängt, folgt oder nicht verfügbar</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1, on the sheet “%2”</source>
        <comment>the number of questions, the sheet</comment>
        <translation>%1, auf dem Blatt „%2“</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Please return by</source>
        <translation>Rücksendung bis</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>So antworten Sie</translation>
    </message>
    <message>
        <source>Answer with %1, or leave the cell empty</source>
        <translation>Antworten Sie mit %1 oder lassen Sie die Zelle leer</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>%1, %2 %3 %4 (%5)</source>
        <comment>weekday, day, month, year, ISO date</comment>
        <translation>%1, %2. %3 %4 (%5)</translation>
    </message>
    <message>
        <source>Due-diligence questionnaire</source>
        <translation>Due-Diligence-Fragebogen</translation>
    </message>
    <message>
        <source>%1 · please return by %2</source>
        <translation>%1 · bitte zurücksenden bis %2</translation>
    </message>
    <message>
        <source>Please answer every question below. Yes / no / partly: circle or write one. Number: the number in the unit given. Document: enclose it and write its name. Add a comment wherever an answer needs explaining. A workbook with the same questions is available to fill in instead.</source>
        <translation>Bitte beantworten Sie jede der folgenden Fragen. Ja / nein / teilweise: Kreisen Sie eines ein oder schreiben Sie es hin. Zahl: die Zahl in der angegebenen Einheit. Dokument: Legen Sie es bei und schreiben Sie seinen Namen dazu. Fügen Sie einen Kommentar hinzu, wo eine Antwort einer Erklärung bedarf. Stattdessen können Sie auch eine Arbeitsmappe mit denselben Fragen ausfüllen.</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Your earlier answer: %1</source>
        <translation>Ihre frühere Antwort: %1</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommands</name>
    <message>
        <source>Import questionnaire answers</source>
        <translation>Fragebogen-Antworten importieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Send the questionnaire</source>
        <translation>Fragebogen versenden</translation>
    </message>
    <message>
        <source>No question is asked yet: tick “Ask” beside checklist items, add questions, or add them from a template.</source>
        <translation>Noch wird nichts gefragt: Haken Sie „Fragen“ neben Checklistenpunkten an, fügen Sie Fragen hinzu oder übernehmen Sie sie aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Send the questionnaire to “%1”</source>
        <translation>Fragebogen an „%1“ versenden</translation>
    </message>
    <message>
        <source>Cannot send the questionnaire</source>
        <translation>Der Fragebogen kann nicht versendet werden</translation>
    </message>
    <message>
        <source>Wrote %1 questions for “%2”, due %3:

%4

Send the file to the vendor; import the returned one with “Import answers…”.</source>
        <translation>%1 Fragen für „%2“ geschrieben, fällig am %3:

%4

Senden Sie die Datei an den Anbieter; importieren Sie die zurückgesandte mit „Antworten importieren…“.</translation>
    </message>
    <message>
        <source>Cannot import “%1”</source>
        <translation>„%1“ kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import the answers of “%1”</source>
        <translation>Die Antworten von „%1“ importieren</translation>
    </message>
    <message>
        <source>%1 Nothing was stored.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The backup before the import could not be taken (%1).</source>
        <translation>Die Sicherung vor dem Import konnte nicht erstellt werden (%1).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireReview</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>No answer; earlier kept</source>
        <translation>Keine Antwort; frühere behalten</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>Was der Import bewirkt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Documents attached: %1</source>
        <translation>Angehängte Dokumente: %1</translation>
    </message>
    <message>
        <source>as required</source>
        <translation>wie gefordert</translation>
    </message>
    <message>
        <source>⚑ contradicts a must-have</source>
        <translation>⚑ widerspricht einem Muss-Kriterium</translation>
    </message>
    <message>
        <source>not as required</source>
        <translation>nicht wie gefordert</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 von %2 Fragen beantwortet</translation>
    </message>
    <message>
        <source>%1 changed since the last return</source>
        <translation>%1 seit der letzten Rücksendung geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 contradict a must-have&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 widersprechen einem Muss-Kriterium&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 not as required</source>
        <translation>%1 nicht wie gefordert</translation>
    </message>
    <message>
        <source>Answers from the vendor of &lt;b&gt;%1&lt;/b&gt; (%2), to the questionnaire sent on %3:</source>
        <translation>Antworten des Anbieters von &lt;b&gt;%1&lt;/b&gt; (%2) auf den am %3 versandten Fragebogen:</translation>
    </message>
    <message>
        <source>Answers from “%1”</source>
        <translation>Antworten von „%1“</translation>
    </message>
    <message>
        <source>Returned answers</source>
        <translation>Zurückgesandte Antworten</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Erhalten am:</translation>
    </message>
    <message>
        <source>Store the answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>These answers cannot be read, so nothing can be stored. Correct the cells named above in the file (or ask the vendor to), then import it again.</source>
        <translation>Diese Antworten können nicht gelesen werden, daher kann nichts gespeichert werden. Korrigieren Sie die oben genannten Zellen in der Datei (oder lassen Sie den Anbieter das tun) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The workbook holds these answers already; there is nothing to store.</source>
        <translation>Die Arbeitsmappe enthält diese Antworten bereits; es gibt nichts zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Storing puts %n answer(s) on the checklist of “%1”, each marked “to review”, with the date received as its evidence. Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Beim Speichern kommt %n Antwort auf die Checkliste von „%1“, als „zu prüfen“ markiert, mit dem Eingangsdatum als Nachweis. Bearbeiten ▸ Rückgängig nimmt das zurück.</numerusform>
            <numerusform>Beim Speichern kommen %n Antworten auf die Checkliste von „%1“, jede als „zu prüfen“ markiert, mit dem Eingangsdatum als Nachweis. Bearbeiten ▸ Rückgängig nimmt das zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireSend</name>
    <message>
        <source>Send the questionnaire</source>
        <translation>Fragebogen versenden</translation>
    </message>
    <message>
        <source>A workbook for the vendor of “%1” to fill in: %2 questions, the answer cells checked for their type. It holds nothing internal (no scores, weights, notes or other vendors). Import the returned file with “Import answers…”.</source>
        <translation>Eine Arbeitsmappe, die der Anbieter von „%1“ ausfüllt: %2 Fragen, die Antwortzellen werden auf ihren Typ geprüft. Sie enthält nichts Internes (keine Punktzahlen, Gewichtungen, Notizen oder andere Anbieter). Importieren Sie die zurückgesandte Datei mit „Antworten importieren…“.</translation>
    </message>
    <message>
        <source>e.g. Acme GmbH, Procurement (Ana Silva)</source>
        <translation>z. B. Acme GmbH, Einkauf (Ana Silva)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>e.g. ana.silva@acme.example, +49 30 1234567</source>
        <translation>z. B. ana.silva@acme.example, +49 30 1234567</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Please return by</source>
        <translation>Bitte zurücksenden bis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Also as a PDF, for answering in writing</source>
        <translation>Auch als PDF, zur schriftlichen Beantwortung</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Please &amp;return by:</source>
        <translation>Bitte &amp;zurücksenden bis:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Write the questionnaire</source>
        <translation>Fragebogen schreiben</translation>
    </message>
    <message>
        <source>Questionnaire file</source>
        <translation>Fragebogendatei</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Say who asks: the vendor sees it on the first sheet.</source>
        <translation>Geben Sie an, wer fragt: Der Anbieter sieht es auf dem ersten Blatt.</translation>
    </message>
    <message>
        <source>Choose a deadline from today on.</source>
        <translation>Wählen Sie eine Frist ab heute.</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx.</source>
        <translation>Der Dateiname muss auf .xlsx enden.</translation>
    </message>
</context>
<context>
    <name>Questionnaires</name>
    <message>
        <source>Yes / no / partly</source>
        <translation>Ja / nein / teilweise</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht versendet</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>Noch keine Fragen</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Sent, due today</source>
        <translation>Versendet, heute fällig</translation>
    </message>
    <message>
        <source>Sent, due in %1 days</source>
        <translation>Versendet, fällig in %1 Tagen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesandt</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 zu prüfen</translation>
    </message>
    <message>
        <source>%1 contradict a must-have</source>
        <translation>%1 widersprechen einem Muss-Kriterium</translation>
    </message>
</context>
<context>
    <name>QuestionnairesView</name>
    <message>
        <source>Ask each vendor in a questionnaire they fill in (Excel, or PDF to answer in writing); import the file they return. Answers land on that option&apos;s checklist items, to review.</source>
        <translation>Fragen Sie jeden Anbieter mit einem Fragebogen, den er ausfüllt (Excel, oder PDF zur schriftlichen Beantwortung); importieren Sie die zurückgesandte Datei. Die Antworten landen zur Prüfung auf den Checklistenpunkten dieser Option.</translation>
    </message>
    <message>
        <source>Questionnaires per option</source>
        <translation>Fragebögen je Option</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Send questionnaire…</source>
        <translation>Fragebogen versenden…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Antworten importieren…</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Record today as the day you reviewed the returned answers</source>
        <translation>Heute als den Tag erfassen, an dem Sie die zurückgesandten Antworten geprüft haben</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add questions from a template…</source>
        <translation>Fragen aus einer Vorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Choose an option above to see its questions.</source>
        <translation>Wählen Sie oben eine Option, um ihre Fragen zu sehen.</translation>
    </message>
    <message>
        <source>“%1” has no checklist yet: add questions, or add them from a template.</source>
        <translation>„%1“ hat noch keine Checkliste: Fügen Sie Fragen hinzu oder übernehmen Sie sie aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Questions for “%1”: %2 of %3 checklist items asked</source>
        <translation>Fragen für „%1“: %2 von %3 Checklistenpunkten gefragt</translation>
    </message>
    <message>
        <source>Mark the questionnaire of “%1” reviewed</source>
        <translation>Den Fragebogen von „%1“ als geprüft markieren</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Own questions</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>Add a question for “%1”</source>
        <translation>Eine Frage für „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Some templates could not be read</source>
        <translation>Einige Vorlagen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Add the questions of “%1”</source>
        <translation>Die Fragen von „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Vendor&apos;s comment</source>
        <translation>Kommentar des Anbieters</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Whether the vendor is asked this in the questionnaire</source>
        <translation>Ob der Anbieter dies im Fragebogen gefragt wird</translation>
    </message>
    <message>
        <source>What the answer must be: yes or no, attached, “at least 99.9” or “at most 30” (numbers), “on or before 2027-06-30” (dates). On a critical item (⚑) an answer that differs is a must-have contradiction.</source>
        <translation>Wie die Antwort lauten muss: ja oder nein, angehängt, „mindestens 99.9“ oder „höchstens 30“ (Zahlen), „am oder vor 2027-06-30“ (Daten). Bei einem kritischen Punkt (⚑) ist eine abweichende Antwort ein Widerspruch zu einem Muss-Kriterium.</translation>
    </message>
    <message>
        <source>Your verdict on the answer: OK, concern or fails</source>
        <translation>Ihr Urteil über die Antwort: OK, Bedenken oder nicht erfüllt</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Checklist item: %1</source>
        <translation>Checklistenpunkt: %1</translation>
    </message>
    <message>
        <source>⚑ Critical: a must-have. An answer that contradicts it is flagged.</source>
        <translation>⚑ Kritisch: ein Muss-Kriterium. Eine widersprechende Antwort wird markiert.</translation>
    </message>
    <message>
        <source>Contradicts a must-have</source>
        <translation>Widerspricht einem Muss-Kriterium</translation>
    </message>
    <message>
        <source>Not as required</source>
        <translation>Nicht wie gefordert</translation>
    </message>
    <message>
        <source>Documents attached: %1</source>
        <translation>Angehängte Dokumente: %1</translation>
    </message>
    <message>
        <source>Ask the vendor</source>
        <translation>Den Anbieter fragen</translation>
    </message>
    <message>
        <source>Stop asking the vendor</source>
        <translation>Den Anbieter nicht mehr fragen</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>%1 was not changed (you entered “%2”): %3.</source>
        <translation>%1 wurde nicht geändert (Sie haben „%2“ eingegeben): %3.</translation>
    </message>
</context>
<context>
    <name>QuickModeToggle</name>
    <message>
        <source>Quick mode: just me</source>
        <translation>Schnellmodus: nur ich</translation>
    </message>
    <message>
        <source>For a purchase you decide alone: hides the stakeholders, approvals and change management a buying committee needs. Nothing is deleted; turn it off to see them again.</source>
        <translation>Für einen Kauf, den Sie allein entscheiden: blendet Stakeholder, Freigaben und Veränderungsmanagement aus, die ein Einkaufsgremium braucht. Nichts wird gelöscht; schalten Sie ihn aus, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <source>Turn quick mode on</source>
        <translation>Schnellmodus einschalten</translation>
    </message>
    <message>
        <source>Turn quick mode off</source>
        <translation>Schnellmodus ausschalten</translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Set %1&apos;s RACI for %2</source>
        <translation>RACI von %1 für %2 festlegen</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>ignored and weights re-normalised</source>
        <translation>ignoriert und Gewichtungen neu normiert</translation>
    </message>
    <message>
        <source>counted as the worst value</source>
        <translation>als schlechtester Wert gezählt</translation>
    </message>
    <message>
        <source>filled with the criterion&apos;s average</source>
        <translation>mit dem Durchschnitt des Kriteriums aufgefüllt</translation>
    </message>
    <message>
        <source>Weighted score 0–100; missing scores: %1; weights from pairwise comparisons. Failing a must-have excludes an option.</source>
        <translation>Gewichtete Punktzahl 0–100; fehlende Punktzahlen: %1; Gewichtungen aus paarweisen Vergleichen. Ein nicht erfülltes Muss-Kriterium schließt eine Option aus.</translation>
    </message>
    <message>
        <source>Weighted score 0–100; missing scores: %1; weights from pairwise comparisons. Failing a must-have is flagged only.</source>
        <translation>Gewichtete Punktzahl 0–100; fehlende Punktzahlen: %1; Gewichtungen aus paarweisen Vergleichen. Ein nicht erfülltes Muss-Kriterium wird nur markiert.</translation>
    </message>
    <message>
        <source>Weighted score 0–100; missing scores: %1. Failing a must-have excludes an option.</source>
        <translation>Gewichtete Punktzahl 0–100; fehlende Punktzahlen: %1. Ein nicht erfülltes Muss-Kriterium schließt eine Option aus.</translation>
    </message>
    <message>
        <source>Weighted score 0–100; missing scores: %1. Failing a must-have is flagged only.</source>
        <translation>Gewichtete Punktzahl 0–100; fehlende Punktzahlen: %1. Ein nicht erfülltes Muss-Kriterium wird nur markiert.</translation>
    </message>
    <message>
        <source>This evaluation leaves those criteria out for this option and spreads the weight over the criteria it was scored on, so its score rests on less evidence.</source>
        <translation>Diese Bewertung lässt diese Kriterien für diese Option weg und verteilt die Gewichtung auf die Kriterien, für die sie Punktzahlen hat; ihre Punktzahl stützt sich daher auf weniger Nachweise.</translation>
    </message>
    <message>
        <source>This evaluation counts them as the worst possible value, so gaps pull the score down.</source>
        <translation>Diese Bewertung zählt sie als schlechtestmöglichen Wert; Lücken ziehen die Punktzahl also nach unten.</translation>
    </message>
    <message>
        <source>This evaluation fills them with the average of the options scored on that criterion.</source>
        <translation>Diese Bewertung füllt sie mit dem Durchschnitt der Optionen auf, die für dieses Kriterium Punktzahlen haben.</translation>
    </message>
    <message>
        <source>A missing score is not a zero.</source>
        <translation>Eine fehlende Punktzahl ist keine Null.</translation>
    </message>
    <message>
        <source>%1 is the only option ranked</source>
        <translation>%1 ist die einzige gereihte Option</translation>
    </message>
    <message>
        <source>%1 and %2 share first place</source>
        <translation>%1 und %2 teilen sich den ersten Platz</translation>
    </message>
    <message>
        <source>%1 leads by %2 points</source>
        <translation>%1 führt mit %2 Punkten Vorsprung</translation>
    </message>
    <message>
        <source>&lt;1 %</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>TCO unknown: no costs entered</source>
        <translation>TCO unbekannt: keine Kosten erfasst</translation>
    </message>
    <message>
        <source>TCO unknown: an exchange rate is missing</source>
        <translation>TCO unbekannt: ein Wechselkurs fehlt</translation>
    </message>
    <message>
        <source>TCO unknown: an amount is missing</source>
        <translation>TCO unbekannt: ein Betrag fehlt</translation>
    </message>
    <message>
        <source>TCO %1</source>
        <translation>TCO %1</translation>
    </message>
    <message>
        <source>NPV unknown</source>
        <translation>Kapitalwert unbekannt</translation>
    </message>
    <message>
        <source>NPV %1</source>
        <translation>Kapitalwert %1</translation>
    </message>
    <message>
        <source>IRR %1</source>
        <translation>IZF %1</translation>
    </message>
    <message>
        <source>Dominated: costs %1 more and scores %2 points lower than %3</source>
        <translation>Dominiert: kostet %1 mehr und erzielt %2 Punkte weniger als %3</translation>
    </message>
    <message>
        <source>Dominated: costs %1 more and scores no higher than %3</source>
        <translation>Dominiert: kostet %1 mehr und erzielt keine höhere Punktzahl als %3</translation>
    </message>
    <message>
        <source>Dominated: costs no more and scores %2 points lower than %3</source>
        <translation>Dominiert: kostet nicht mehr und erzielt %2 Punkte weniger als %3</translation>
    </message>
    <message>
        <source>Benefit score %1 of 100 (the score without the criteria fed by costs)</source>
        <translation>Nutzenpunktzahl %1 von 100 (die Punktzahl ohne die Kriterien, die aus Kosten gespeist werden)</translation>
    </message>
    <message>
        <source>%1 per benefit point</source>
        <translation>%1 pro Nutzenpunkt</translation>
    </message>
    <message>
        <source>On the efficient frontier: %1 more than %2 for %3 more points (%4 a point)</source>
        <translation>Auf der Effizienzgrenze: %1 mehr als %2 für %3 Punkte mehr (%4 pro Punkt)</translation>
    </message>
    <message>
        <source>%1 unscored</source>
        <translation>%1 ohne Punktzahl</translation>
    </message>
    <message>
        <source>results in %1</source>
        <translation>Ergebnisse in %1</translation>
    </message>
    <message>
        <source>risk exposure %1</source>
        <translation>Risikoexposition %1</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>nicht gereiht</translation>
    </message>
    <message>
        <source>Fails must-have: %1</source>
        <translation>Muss-Kriterium nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Must-have not scored: %1</source>
        <translation>Muss-Kriterium ohne Punktzahl: %1</translation>
    </message>
    <message>
        <source>Critical due-diligence check failed: %1</source>
        <translation>Kritischer Due-Diligence-Prüfpunkt nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>Punktzahl %1 von 100</translation>
    </message>
    <message>
        <source>TCO range %1 – %2</source>
        <translation>TCO-Spanne %1 – %2</translation>
    </message>
    <message>
        <source>%1 of the weight has no score for this option.</source>
        <translation>%1 der Gewichtung hat für diese Option keine Punktzahl.</translation>
    </message>
    <message>
        <source>risk-adjusted: %1 × %2 (risk exposure %3)</source>
        <translation>risikobereinigt: %1 × %2 (Risikoexposition %3)</translation>
    </message>
    <message>
        <source>The pairwise comparisons are inconsistent (CR %1 &gt; %2); revisit the judgements that contradict each other.</source>
        <translation>Die paarweisen Vergleiche sind inkonsistent (CR %1 &gt; %2); überprüfen Sie die Urteile, die einander widersprechen.</translation>
    </message>
    <message>
        <source>The options cannot be ranked: %1.</source>
        <translation>Die Optionen können nicht in eine Rangfolge gebracht werden: %1.</translation>
    </message>
    <message>
        <source>Add the options you are choosing between (including doing nothing).</source>
        <translation>Fügen Sie die Optionen hinzu, zwischen denen Sie wählen (einschließlich „nichts tun“).</translation>
    </message>
    <message>
        <source>Add the criteria that matter, with their weights, to rank the options.</source>
        <translation>Fügen Sie die wichtigen Kriterien mit ihren Gewichtungen hinzu, um die Optionen zu reihen.</translation>
    </message>
    <message>
        <source>scale 0–10</source>
        <translation>Skala 0–10</translation>
    </message>
    <message>
        <source>scale 1–5</source>
        <translation>Skala 1–5</translation>
    </message>
    <message>
        <source>yes/no (no = 0, yes = 1)</source>
        <translation>ja/nein (nein = 0, ja = 1)</translation>
    </message>
    <message>
        <source>percent 0–100</source>
        <translation>Prozent 0–100</translation>
    </message>
    <message>
        <source>weights must be finite numbers</source>
        <translation>Gewichtungen müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>weights must not be negative (a criterion that should count against an option needs direction &apos;lower&apos;, not a negative weight)</source>
        <translation>Gewichtungen dürfen nicht negativ sein (ein Kriterium, das gegen eine Option zählen soll, braucht die Richtung „niedriger ist besser“, keine negative Gewichtung)</translation>
    </message>
    <message>
        <source>all weights are zero (or there are no criteria): nothing to rank by</source>
        <translation>alle Gewichtungen sind null (oder es gibt keine Kriterien): nichts, wonach gereiht werden kann</translation>
    </message>
    <message>
        <source>fixed range %1–%2</source>
        <translation>fester Bereich %1–%2</translation>
    </message>
    <message>
        <source>min–max across options: no values yet</source>
        <translation>Min–Max über die Optionen: noch keine Werte</translation>
    </message>
    <message>
        <source>min–max across options: all equal (%1), every option gets 1.0</source>
        <translation>Min–Max über die Optionen: alle gleich (%1), jede Option erhält 1,0</translation>
    </message>
    <message>
        <source>min–max across options %1–%2</source>
        <translation>Min–Max über die Optionen %1–%2</translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>excluded by the user</source>
        <translation>vom Benutzer ausgeschlossen</translation>
    </message>
    <message>
        <source>fails must-have: %1</source>
        <translation>Muss-Kriterium nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>no scores entered: nothing to compute a score from</source>
        <translation>keine Punktzahlen eingegeben: keine Grundlage für eine Punktzahl</translation>
    </message>
    <message>
        <source>only zero-weight criteria have values: nothing to compute a score from</source>
        <translation>nur Kriterien mit Gewichtung null haben Werte: keine Grundlage für eine Punktzahl</translation>
    </message>
    <message>
        <source>value function: %1 (flat beyond the ends)</source>
        <translation>Wertfunktion: %1 (jenseits der Enden flach)</translation>
    </message>
    <message>
        <source>levels: %1</source>
        <translation>Stufen: %1</translation>
    </message>
    <message>
        <source>all weights are zero: nothing to rank by</source>
        <translation>alle Gewichtungen sind null: nichts, wonach gereiht werden kann</translation>
    </message>
    <message>
        <source>the comparisons do not connect all criteria, so their relative weights are undetermined: separate groups %1; compare at least one criterion of each group with another group</source>
        <translation>die Vergleiche verbinden nicht alle Kriterien, daher sind ihre relativen Gewichtungen unbestimmt: getrennte Gruppen %1; vergleichen Sie mindestens ein Kriterium jeder Gruppe mit einer anderen Gruppe</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rangfolge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ranked options, best first</source>
        <translation>Gereihte Optionen, beste zuerst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded or not ranked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgeschlossen oder nicht gereiht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Options excluded or not ranked, with the reason</source>
        <translation>Ausgeschlossene oder nicht gereihte Optionen, mit Grund</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Barrier point</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: 1 (not at all) to 5 (fully)</source>
        <translation>%1: 1 (gar nicht) bis 5 (voll)</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Readiness (ADKAR), latest per group</source>
        <translation>Bereitschaft (ADKAR), jeweils die neueste je Gruppe</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>&amp;Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reassess</source>
        <translation>&amp;Neu bewerten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Assess each group 1 (not at all) to 5 (fully); 3 or below is a barrier.</source>
        <translation>Bewerten Sie jede Gruppe von 1 (gar nicht) bis 5 (voll); 3 oder weniger ist ein Engpass.</translation>
    </message>
    <message>
        <source>Adoption readiness %1 of 5 (adoption score %2 of 10).</source>
        <translation>Einführungsbereitschaft %1 von 5 (Einführungswert %2 von 10).</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) stuck at a barrier point.</source>
        <translation>
            <numerusform>%n Gruppe steckt an einem Engpass fest.</numerusform>
            <numerusform>%n Gruppen stecken an einem Engpass fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Neue Gruppe %1</translation>
    </message>
    <message>
        <source>Add readiness group</source>
        <translation>Bereitschaftsgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Reassess “%1”</source>
        <translation>„%1“ neu bewerten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n assessment(s)</source>
        <translation>
            <numerusform>%n Einschätzung löschen</numerusform>
            <numerusform>%n Einschätzungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>is empty; %1</source>
        <translation>ist leer; %1</translation>
    </message>
    <message>
        <source>%1: %2 (got %3).</source>
        <translation>%1: %2 (erhalten: %3).</translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>muss ein Datum sein</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 ist kein Datum</translation>
    </message>
    <message>
        <source>expected a date such as %1 or 2026-12-04</source>
        <translation>muss ein Datum wie %1 oder 2026-12-04 sein</translation>
    </message>
    <message>
        <source>%1 is not a date; write it such as %2 or 2026-12-04</source>
        <translation>%1 ist kein Datum; schreiben Sie es z. B. als %2 oder 2026-12-04</translation>
    </message>
    <message>
        <source>expected a date such as %1</source>
        <translation>muss ein Datum wie %1 sein</translation>
    </message>
    <message>
        <source>%1 is not a date; write it such as %2</source>
        <translation>%1 ist kein Datum; schreiben Sie es z. B. als %2</translation>
    </message>
    <message>
        <source>write the year with four digits, e.g. %1 (a two-digit year is ambiguous)</source>
        <translation>schreiben Sie das Jahr vierstellig, z. B. %1 (eine zweistellige Jahreszahl ist mehrdeutig)</translation>
    </message>
    <message>
        <source>%1: write the year with four digits, e.g. %2 (a two-digit year is ambiguous)</source>
        <translation>%1: Schreiben Sie das Jahr vierstellig, z. B. %2 (eine zweistellige Jahreszahl ist mehrdeutig)</translation>
    </message>
    <message>
        <source>is not a day in the calendar</source>
        <translation>ist kein Tag im Kalender</translation>
    </message>
    <message>
        <source>%1 is not a day in the calendar</source>
        <translation>%1 ist kein Tag im Kalender</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>is not a number (write numbers like %1, as in %2)</source>
        <translation>ist keine Zahl (schreiben Sie Zahlen wie %1, wie in %2 üblich)</translation>
    </message>
    <message>
        <source>%1 is not a number (write numbers like %2, as in %3)</source>
        <translation>%1 ist keine Zahl (schreiben Sie Zahlen wie %2, wie in %3 üblich)</translation>
    </message>
    <message>
        <source>is not a number as written in %1, where the decimal sign is “%2”: write %3</source>
        <translation>ist keine Zahl in der Schreibweise von %1, wo das Dezimalzeichen „%2“ ist: Schreiben Sie %3</translation>
    </message>
    <message>
        <source>%1 is not a number as written in %2, where the decimal sign is “%3”: write %4</source>
        <translation>%1 ist keine Zahl in der Schreibweise von %2, wo das Dezimalzeichen „%3“ ist: Schreiben Sie %4</translation>
    </message>
    <message>
        <source>is not a number as written in %1, where the decimal sign is “%2”: write %3 or %4, whichever you mean</source>
        <translation>ist keine Zahl in der Schreibweise von %1, wo das Dezimalzeichen „%2“ ist: Schreiben Sie %3 oder %4, je nachdem, was Sie meinen</translation>
    </message>
    <message>
        <source>%1 is not a number as written in %2, where the decimal sign is “%3”: write %4 or %5, whichever you mean</source>
        <translation>%1 ist keine Zahl in der Schreibweise von %2, wo das Dezimalzeichen „%3“ ist: Schreiben Sie %4 oder %5, je nachdem, was Sie meinen</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>is too large (at most 1,000,000,000,000,000)</source>
        <translation>ist zu groß (höchstens 1.000.000.000.000.000)</translation>
    </message>
    <message>
        <source>%1 is too large (at most 1,000,000,000,000,000)</source>
        <translation>%1 ist zu groß (höchstens 1.000.000.000.000.000)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>is not a number (%1 characters)</source>
        <translation>ist keine Zahl (%1 Zeichen)</translation>
    </message>
    <message>
        <source>%1 is not a number (%2 characters)</source>
        <translation>%1 ist keine Zahl (%2 Zeichen)</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>is empty; it must be filled in</source>
        <translation>ist leer; es muss ausgefüllt werden</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 contains control characters</source>
        <translation>%1 enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>contains a broken character</source>
        <translation>enthält ein beschädigtes Zeichen</translation>
    </message>
    <message>
        <source>%1 contains a broken character</source>
        <translation>%1 enthält ein beschädigtes Zeichen</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>%1: a number is required</source>
        <translation>%1: Eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>%1: a date is required</source>
        <translation>%1: Ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation>%1 muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>expected a three-letter currency code such as EUR or USD</source>
        <translation>muss ein Währungscode aus drei Buchstaben wie EUR oder USD sein</translation>
    </message>
    <message>
        <source>%1 is not a three-letter currency code; write it such as EUR or USD</source>
        <translation>%1 ist kein Währungscode aus drei Buchstaben; schreiben Sie ihn z. B. als EUR oder USD</translation>
    </message>
    <message>
        <source>is not JSON (%1)</source>
        <translation>ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2)</source>
        <translation>%1 ist kein JSON (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot be kept as JSON (%1)</source>
        <translation>kann nicht als JSON gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be kept as JSON (%2)</source>
        <translation>%1 kann nicht als JSON gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>expected rates such as {&quot;USD&quot;: 0.92}</source>
        <translation>muss Kurse wie {&quot;USD&quot;: 0.92} enthalten</translation>
    </message>
    <message>
        <source>%1 is not rates; write it such as {&quot;USD&quot;: 0.92}</source>
        <translation>%1 sind keine Kurse; schreiben Sie sie z. B. als {&quot;USD&quot;: 0.92}</translation>
    </message>
    <message>
        <source>expected a rate above 0 for %1, e.g. 0.92</source>
        <translation>muss ein Kurs über 0 für %1 sein, z. B. 0.92</translation>
    </message>
    <message>
        <source>%1 is not a rate above 0 for %2, e.g. 0.92</source>
        <translation>%1 ist kein Kurs über 0 für %2, z. B. 0.92</translation>
    </message>
    <message>
        <source>comes before from_year %1</source>
        <translation>liegt vor from_year %1</translation>
    </message>
    <message>
        <source>%1: comes before from_year %2</source>
        <translation>%1: liegt vor from_year %2</translation>
    </message>
    <message>
        <source>expected an id</source>
        <translation>muss eine ID sein</translation>
    </message>
    <message>
        <source>%1 is not an id</source>
        <translation>%1 ist keine ID</translation>
    </message>
    <message>
        <source>is not a field that can be set</source>
        <translation>ist kein Feld, das sich setzen lässt</translation>
    </message>
    <message>
        <source>%1 is not a field that can be set</source>
        <translation>%1 ist kein Feld, das sich setzen lässt</translation>
    </message>
    <message>
        <source>expected stage letters such as {&quot;decide&quot;: &quot;A&quot;}</source>
        <translation>muss Buchstaben je Phase wie {&quot;decide&quot;: &quot;A&quot;} enthalten</translation>
    </message>
    <message>
        <source>%1 is not stage letters; write it such as {&quot;decide&quot;: &quot;A&quot;}</source>
        <translation>%1 sind keine Buchstaben je Phase; schreiben Sie sie z. B. als {&quot;decide&quot;: &quot;A&quot;}</translation>
    </message>
    <message>
        <source>is not a stage; stages are %1</source>
        <translation>ist keine Phase; die Phasen sind %1</translation>
    </message>
    <message>
        <source>%1 is not a stage; stages are %2</source>
        <translation>%1 ist keine Phase; die Phasen sind %2</translation>
    </message>
    <message>
        <source>a RACI letter must be R, A, C or I</source>
        <translation>ein RACI-Buchstabe muss R, A, C oder I sein</translation>
    </message>
    <message>
        <source>%1: a RACI letter must be R, A, C or I</source>
        <translation>%1: Ein RACI-Buchstabe muss R, A, C oder I sein</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>muss ja oder nein sein</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 ist weder ja noch nein</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>muss ein Datum als JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>%1 is not a date as YYYY-MM-DD</source>
        <translation>%1 ist kein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>names no option of this evaluation</source>
        <translation>nennt keine Option dieser Bewertung</translation>
    </message>
    <message>
        <source>%1 names no option of this evaluation</source>
        <translation>%1 nennt keine Option dieser Bewertung</translation>
    </message>
    <message>
        <source>names no stakeholder of this evaluation</source>
        <translation>nennt keinen Stakeholder dieser Bewertung</translation>
    </message>
    <message>
        <source>%1 names no stakeholder of this evaluation</source>
        <translation>%1 nennt keinen Stakeholder dieser Bewertung</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Save the decision report</source>
        <translation>Den Entscheidungsbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Entscheidungsbericht</translation>
    </message>
    <message>
        <source>Select an evaluation first.</source>
        <translation>Wählen Sie zuerst eine Bewertung.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Decision report written to %1</source>
        <translation>Entscheidungsbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>Vendor answers to critical questions</source>
        <translation>Antworten der Anbieter auf kritische Fragen</translation>
    </message>
    <message>
        <source>What each vendor answered in its due-diligence questionnaire to the questions marked critical, against what is required; the buyer&apos;s verdict is the checklist status.</source>
        <translation>Was jeder Anbieter in seinem Due-Diligence-Fragebogen auf die als kritisch markierten Fragen geantwortet hat, verglichen mit dem Geforderten; das Urteil des Käufers ist der Status in der Checkliste.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Gefordert</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign-off is required from %1, but no approval was requested.</source>
        <translation>Eine Abnahme durch %1 ist erforderlich, aber es wurde keine Freigabe angefragt.</translation>
    </message>
    <message>
        <source>No approvals were requested.</source>
        <translation>Es wurden keine Freigaben angefragt.</translation>
    </message>
    <message>
        <source>defining</source>
        <translation>Bedarf wird definiert</translation>
    </message>
    <message>
        <source>exploring</source>
        <translation>Optionen werden erkundet</translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation>in Bewertung</translation>
    </message>
    <message>
        <source>deciding</source>
        <translation>in Entscheidung</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>überprüft</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>vendor product</source>
        <translation>Anbieterprodukt</translation>
    </message>
    <message>
        <source>build</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>Bestehendes erweitern</translation>
    </message>
    <message>
        <source>do nothing</source>
        <translation>nichts tun</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>gemindert</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>schlechtester Wert</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>ausschließen</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>markieren</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <source>&gt; %1 y</source>
        <translation>&gt; %1 J.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>DECISION REPORT</source>
        <translation>ENTSCHEIDUNGSBERICHT</translation>
    </message>
    <message>
        <source>%1 · status: %2 · prepared %3</source>
        <translation>%1 · Status: %2 · erstellt am %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Noch keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>%1 (decided on %2 by %3)</source>
        <translation>%1 (entschieden am %2 von %3)</translation>
    </message>
    <message>
        <source>%1 (decided on %2)</source>
        <translation>%1 (entschieden am %2)</translation>
    </message>
    <message>
        <source>%1 (decided by %3)</source>
        <translation>%1 (entschieden von %3)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1 (%2 of 100)</source>
        <translation>%1 (%2 von 100)</translation>
    </message>
    <message>
        <source>Leading option</source>
        <translation>Führende Option</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Die Optionen</translation>
    </message>
    <message>
        <source>No options have been added yet.</source>
        <translation>Es wurden noch keine Optionen hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Ready in</source>
        <translation>Bereit in</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Weighted score 0–100; missing scores: %1; must-haves: %2.</source>
        <translation>Gewichtete Punktzahl 0–100; fehlende Punktzahlen: %1; Muss-Kriterien: %2.</translation>
    </message>
    <message>
        <source>Weighted score 0–100; missing scores: %1; must-haves: %2. Scores are risk-adjusted.</source>
        <translation>Gewichtete Punktzahl 0–100; fehlende Punktzahlen: %1; Muss-Kriterien: %2. Die Punktzahlen sind risikobereinigt.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Ohne Punktzahl</translation>
    </message>
    <message>
        <source>TCO (%1)</source>
        <translation>TCO (%1)</translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation>Kapitalwert (%1)</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>IZF</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Money unknown (—), never counted as 0: %1. A criterion fed by costs counts such an option as unscored.</source>
        <translation>Geld unbekannt (—), nie als 0 gezählt: %1. Ein Kriterium, das aus Kosten gespeist wird, zählt eine solche Option als ohne Punktzahl.</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Kriterien und Gewichtungen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>How values became 0–1</source>
        <translation>Wie die Werte zu 0–1 wurden</translation>
    </message>
    <message>
        <source>How robust is the winner?</source>
        <translation>Wie robust ist der Sieger?</translation>
    </message>
    <message>
        <source>What to find out next</source>
        <translation>Was als Nächstes herauszufinden ist</translation>
    </message>
    <message>
        <source>Most likely to change the winner first, as counted over the %1 simulations.</source>
        <translation>Was den Sieger am ehesten ändern würde, zuerst, gezählt über die %1 Simulationen.</translation>
    </message>
    <message>
        <source>Nothing missing or uncertain could change the ranking.</source>
        <translation>Nichts Fehlendes oder Unsicheres könnte die Rangfolge ändern.</translation>
    </message>
    <message>
        <source>Costs over the horizon</source>
        <translation>Kosten über den Betrachtungszeitraum</translation>
    </message>
    <message>
        <source>TCO low</source>
        <translation>TCO niedrig</translation>
    </message>
    <message>
        <source>TCO high</source>
        <translation>TCO hoch</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>Over %1 years; TCO undiscounted without benefits, NPV discounted at %2 with benefits; IRR: the rate at which the NPV is 0 (— where there is none, e.g. without returns). — means unknown: no costs entered, an amount or an exchange rate missing.</source>
        <translation>Über %1 Jahre; TCO nicht abgezinst und ohne Nutzen, Kapitalwert mit %2 abgezinst und mit Nutzen; IZF: der Zinssatz, bei dem der Kapitalwert 0 ist (—, wo es keinen gibt, z. B. ohne Erträge). — bedeutet unbekannt: keine Kosten erfasst, ein Betrag oder ein Wechselkurs fehlt.</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3</source>
        <comment>one unit of a currency in the evaluation&apos;s currency</comment>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <source>Amounts in other currencies converted at %1 (rates stated on %2).</source>
        <translation>Beträge in anderen Währungen umgerechnet zu %1 (Kurse angegeben am %2).</translation>
    </message>
    <message>
        <source>Amounts in other currencies converted at %1 (the day of the rates not stated).</source>
        <translation>Beträge in anderen Währungen umgerechnet zu %1 (Tag der Kurse nicht angegeben).</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>Offene Risiken</translation>
    </message>
    <message>
        <source>all options</source>
        <translation>alle Optionen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a risk&apos;s score and its band</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Top %n open risk(s) by the score that counts</source>
        <translation>
            <numerusform>Das wichtigste offene Risiko nach der maßgeblichen Punktzahl</numerusform>
            <numerusform>Die %n wichtigsten offenen Risiken nach der maßgeblichen Punktzahl</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Riskiest option: %1 (exposure %2).</source>
        <translation>Option mit dem höchsten Risiko: %1 (Exposition %2).</translation>
    </message>
    <message>
        <source>Stakeholders and approvals</source>
        <translation>Stakeholder und Freigaben</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Decision and rationale</source>
        <translation>Entscheidung und Begründung</translation>
    </message>
    <message>
        <source>No decision has been recorded yet. The ranking currently leads with %1.</source>
        <translation>Es wurde noch keine Entscheidung erfasst. Die Rangfolge führt derzeit %1 an.</translation>
    </message>
    <message>
        <source>No decision has been recorded yet.</source>
        <translation>Es wurde noch keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Decided on %2 by %3</source>
        <translation>Entschieden am %2 von %3</translation>
    </message>
    <message>
        <source>Decided on %2</source>
        <translation>Entschieden am %2</translation>
    </message>
    <message>
        <source>Decided by %3</source>
        <translation>Entschieden von %3</translation>
    </message>
    <message>
        <source>No rationale recorded.</source>
        <translation>Keine Begründung erfasst.</translation>
    </message>
    <message>
        <source>Decision report: %1</source>
        <translation>Entscheidungsbericht: %1</translation>
    </message>
    <message>
        <source>%1 · decision report · %2</source>
        <translation>%1 · Entscheidungsbericht · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 costs %2 more and scores %n point(s) lower than %3.</source>
        <translation>
            <numerusform>%1 kostet %2 mehr und erzielt %n Punkt weniger als %3.</numerusform>
            <numerusform>%1 kostet %2 mehr und erzielt %n Punkte weniger als %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 costs the same and scores %n point(s) lower than %3.</source>
        <translation>
            <numerusform>%1 kostet gleich viel und erzielt %n Punkt weniger als %3.</numerusform>
            <numerusform>%1 kostet gleich viel und erzielt %n Punkte weniger als %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 costs %2 more and scores lower than %3.</source>
        <translation>%1 kostet %2 mehr und erzielt eine niedrigere Punktzahl als %3.</translation>
    </message>
    <message>
        <source>%1 costs the same and scores lower than %3.</source>
        <translation>%1 kostet gleich viel und erzielt eine niedrigere Punktzahl als %3.</translation>
    </message>
    <message>
        <source>%1 costs %2 more and scores the same as %3.</source>
        <translation>%1 kostet %2 mehr und erzielt dieselbe Punktzahl wie %3.</translation>
    </message>
    <message>
        <source>%1 costs the same and scores the same as %3.</source>
        <translation>%1 kostet gleich viel und erzielt dieselbe Punktzahl wie %3.</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Preis-Leistungs-Verhältnis</translation>
    </message>
    <message>
        <source>The options cannot be ranked yet.</source>
        <translation>Die Optionen können noch nicht gereiht werden.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>nicht gereiht</translation>
    </message>
    <message>
        <source>frontier</source>
        <translation>Effizienzgrenze</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Per point</source>
        <translation>Pro Punkt</translation>
    </message>
    <message>
        <source>Dominated by</source>
        <translation>Dominiert von</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 more for %4 more points, %5 a point.</source>
        <translation>Von %1 zu %2: %3 mehr für %4 Punkte mehr, %5 pro Punkt.</translation>
    </message>
    <message>
        <source>Benefit: the weighted score without the criteria fed by costs (TCO or NPV), so money is not counted twice. Dominated: another option costs no more and scores no lower. Per point: the net cost per benefit point. — means unknown.</source>
        <translation>Nutzen: die gewichtete Punktzahl ohne die Kriterien, die aus Kosten gespeist werden (TCO oder Kapitalwert), damit Geld nicht doppelt zählt. Dominiert: eine andere Option kostet nicht mehr und erzielt keine niedrigere Punktzahl. Pro Punkt: die Nettokosten pro Nutzenpunkt. — bedeutet unbekannt.</translation>
    </message>
    <message>
        <source>Discount rate and horizon</source>
        <translation>Abzinsungssatz und Betrachtungszeitraum</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>When the workbook was opened</source>
        <translation>Beim Öffnen der Arbeitsmappe</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Während der Bearbeitung</translation>
    </message>
    <message>
        <source>Before upgrading the file</source>
        <translation>Vor dem Aktualisieren der Datei</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Taken by hand (always kept)</source>
        <translation>Von Hand erstellt (immer behalten)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>The workbook&apos;s current state is backed up first, so a restore can be undone here.</source>
        <translation>Der aktuelle Stand der Arbeitsmappe wird zuerst gesichert, daher lässt sich eine Wiederherstellung hier rückgängig machen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>automatic (20 × the workbook, 100 MB to 2 GB)</source>
        <translation>automatisch (20 × die Arbeitsmappe, 100 MB bis 2 GB)</translation>
    </message>
    <message>
        <source>Largest total size of one workbook&apos;s backups</source>
        <translation>Größte Gesamtgröße der Sicherungen einer Arbeitsmappe</translation>
    </message>
    <message>
        <source>Keep backups of each workbook up to:</source>
        <translation>Sicherungen jeder Arbeitsmappe behalten bis:</translation>
    </message>
    <message>
        <source>These backups take %1 now.</source>
        <translation>Diese Sicherungen belegen derzeit %1.</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Einstellung nicht gespeichert</translation>
    </message>
    <message>
        <source>Open a workbook file first.</source>
        <translation>Öffnen Sie zuerst eine Arbeitsmappendatei.</translation>
    </message>
    <message>
        <source>This workbook is open read-only (%1): a backup cannot be restored into it.</source>
        <translation>Diese Arbeitsmappe ist schreibgeschützt geöffnet (%1): Eine Sicherung kann nicht in sie wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1; the state it replaced is itself a backup now</source>
        <translation>Die Sicherung von %1 wurde wiederhergestellt; der ersetzte Stand ist jetzt selbst eine Sicherung</translation>
    </message>
</context>
<context>
    <name>ReturnedBook</name>
    <message>
        <source>it is not a questionnaire sent from the Due-Diligence Workbook</source>
        <translation>sie ist kein aus dem Due-Diligence Workbook versandter Fragebogen</translation>
    </message>
    <message>
        <source>its hidden questionnaire data was changed or is damaged</source>
        <translation>ihre verborgenen Fragebogendaten wurden verändert oder sind beschädigt</translation>
    </message>
    <message>
        <source>its hidden questionnaire data is damaged</source>
        <translation>ihre verborgenen Fragebogendaten sind beschädigt</translation>
    </message>
    <message>
        <source>its hidden questionnaire data is damaged (%1)</source>
        <translation>ihre verborgenen Fragebogendaten sind beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is a questionnaire of format version %1</source>
        <translation>sie ist ein Fragebogen im Format der Version %1</translation>
    </message>
    <message>
        <source>it is not a scoring sheet sent from the Due-Diligence Workbook</source>
        <translation>sie ist kein aus dem Due-Diligence Workbook versandtes Bepunktungsblatt</translation>
    </message>
    <message>
        <source>its hidden scoring data was changed or is damaged</source>
        <translation>ihre verborgenen Bepunktungsdaten wurden verändert oder sind beschädigt</translation>
    </message>
    <message>
        <source>its hidden scoring data is damaged</source>
        <translation>ihre verborgenen Bepunktungsdaten sind beschädigt</translation>
    </message>
    <message>
        <source>its hidden scoring data is damaged (%1)</source>
        <translation>ihre verborgenen Bepunktungsdaten sind beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is a scoring sheet of format version %1</source>
        <translation>sie ist ein Bepunktungsblatt im Format der Version %1</translation>
    </message>
</context>
<context>
    <name>RiskQuestions</name>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the new checklist template:</source>
        <translation>Name der neuen Checklistenvorlage:</translation>
    </message>
    <message>
        <source>Import checklist template</source>
        <translation>Checklistenvorlage importieren</translation>
    </message>
    <message>
        <source>Export checklist template</source>
        <translation>Checklistenvorlage exportieren</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete your checklist template “%1”?

Checklists already applied from it stay as they are.</source>
        <translation>Ihre Checklistenvorlage „%1“ löschen?

Bereits daraus angewandte Checklisten bleiben, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>RiskRegister</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Mindern</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 not checked yet</source>
        <translation>%1 noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no checklist yet</source>
        <translation>noch keine Checkliste</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>exposure %1</source>
        <translation>Exposition %1</translation>
    </message>
    <message>
        <source>1 critical check failed</source>
        <translation>1 kritischer Prüfpunkt nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 critical checks failed</source>
        <translation>%1 kritische Prüfpunkte nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 von %2 Prüfpunkten erledigt</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
</context>
<context>
    <name>RiskRegisterModel</name>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>L</source>
        <translation>W</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Res. L</source>
        <translation>Rest-W</translation>
    </message>
    <message>
        <source>Res. I</source>
        <translation>Rest-A</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Überprüft am</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>residual likelihood</source>
        <translation>Rest-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>residual impact</source>
        <translation>Rest-Auswirkung</translation>
    </message>
    <message>
        <source>Evaluation-wide</source>
        <translation>Bewertungsweit</translation>
    </message>
    <message>
        <source>Likelihood, 1 (rare) to 5 (almost certain)</source>
        <translation>Wahrscheinlichkeit, 1 (selten) bis 5 (fast sicher)</translation>
    </message>
    <message>
        <source>Impact, 1 (minor) to 5 (severe)</source>
        <translation>Auswirkung, 1 (gering) bis 5 (schwer)</translation>
    </message>
    <message>
        <source>Likelihood × impact: low 1–4, medium 5–9, high 10–15, critical 16–25</source>
        <translation>Wahrscheinlichkeit × Auswirkung: niedrig 1–4, mittel 5–9, hoch 10–15, kritisch 16–25</translation>
    </message>
    <message>
        <source>Likelihood once the treatment is in place</source>
        <translation>Wahrscheinlichkeit, sobald die Behandlung greift</translation>
    </message>
    <message>
        <source>Impact once the treatment is in place</source>
        <translation>Auswirkung, sobald die Behandlung greift</translation>
    </message>
    <message>
        <source>What remains after treatment; it counts once the risk is mitigated or accepted</source>
        <translation>Was nach der Behandlung bleibt; es zählt, sobald das Risiko gemindert oder akzeptiert ist</translation>
    </message>
    <message>
        <source>The options this risk concerns; double-click to change</source>
        <translation>Die Optionen, die dieses Risiko betrifft; Doppelklick zum Ändern</translation>
    </message>
    <message>
        <source>Raised from a checklist item.</source>
        <translation>Aus einem Checklistenpunkt erfasst.</translation>
    </message>
    <message>
        <source>Stale: last reviewed on %1; review it again.</source>
        <translation>Veraltet: zuletzt am %1 überprüft; bitte erneut überprüfen.</translation>
    </message>
    <message>
        <source>Adds nothing to exposure (closed, or likelihood or impact missing).</source>
        <translation>Trägt nichts zur Exposition bei (geschlossen, oder Wahrscheinlichkeit oder Auswirkung fehlt).</translation>
    </message>
    <message>
        <source>Adds %1 to the exposure of the options it concerns.</source>
        <translation>Trägt %1 zur Exposition der betroffenen Optionen bei.</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>RiskRegisterView</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any band</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by option</source>
        <translation>Nach Option filtern</translation>
    </message>
    <message>
        <source>Filter by band</source>
        <translation>Nach Stufe filtern</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Risiko hinzufügen</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>Optionen…</translation>
    </message>
    <message>
        <source>Choose the options the selected risk concerns</source>
        <translation>Die Optionen wählen, die das ausgewählte Risiko betrifft</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected risks</source>
        <translation>Die ausgewählten Risiken entfernen</translation>
    </message>
    <message>
        <source>Remove risk</source>
        <translation>Risiko entfernen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Any option</source>
        <translation>Jede Option</translation>
    </message>
    <message>
        <source>Evaluation-wide only</source>
        <translation>Nur bewertungsweite</translation>
    </message>
    <message>
        <source>%1 of %2 risks shown</source>
        <translation>%1 von %2 Risiken angezeigt</translation>
    </message>
    <message>
        <source>%1 risks</source>
        <translation>%1 Risiken</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>Add a risk</source>
        <translation>Ein Risiko hinzufügen</translation>
    </message>
    <message>
        <source>Link the risk to an option</source>
        <translation>Das Risiko mit einer Option verknüpfen</translation>
    </message>
    <message>
        <source>Change the options of “%1”</source>
        <translation>Die Optionen von „%1“ ändern</translation>
    </message>
    <message>
        <source>Remove a risk</source>
        <translation>Ein Risiko entfernen</translation>
    </message>
    <message>
        <source>Remove %1 risks</source>
        <translation>%1 Risiken entfernen</translation>
    </message>
</context>
<context>
    <name>RiskSummary</name>
    <message>
        <source>Add the options you are choosing between; their checklists and risks show here.</source>
        <translation>Erfassen Sie die Optionen, zwischen denen Sie wählen; ihre Checklisten und Risiken erscheinen hier.</translation>
    </message>
    <message>
        <source>No option has risks recorded or failed critical checks yet.</source>
        <translation>Noch hat keine Option erfasste Risiken oder nicht erfüllte kritische Prüfpunkte.</translation>
    </message>
    <message>
        <source>No checklist or risks yet: start with &lt;b&gt;Apply template…&lt;/b&gt; below.</source>
        <translation>Noch keine Checkliste und keine Risiken: Beginnen Sie unten mit &lt;b&gt;Vorlage anwenden…&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Riskiest: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Höchstes Risiko: %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;⚑ Critical checks failed for %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;⚑ Kritische Prüfpunkte nicht erfüllt bei %1&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>RiskSummaryView</name>
    <message>
        <source>Risk per option</source>
        <translation>Risiko je Option</translation>
    </message>
    <message>
        <source>sum of its risk scores</source>
        <translation>Summe ihrer Risikopunktzahlen</translation>
    </message>
    <message>
        <source>its worst risk score</source>
        <translation>ihre schlechteste Risikopunktzahl</translation>
    </message>
    <message>
        <source>How risks add up to an option&apos;s exposure</source>
        <translation>Wie sich Risiken zur Exposition einer Option summieren</translation>
    </message>
    <message>
        <source>Rank by risk-adjusted score</source>
        <translation>Nach risikobereinigter Punktzahl reihen</translation>
    </message>
    <message>
        <source>Ranking uses score × 25 / (25 + exposure): no risk leaves the score as it is, an exposure of 25 halves it. An option with no risks entered is not an option without risks.</source>
        <translation>Die Rangfolge verwendet Punktzahl × 25 / (25 + Exposition): Ohne Risiko bleibt die Punktzahl unverändert, eine Exposition von 25 halbiert sie. Eine Option ohne erfasste Risiken ist keine Option ohne Risiken.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Review answers and risks after</source>
        <translation>Antworten und Risiken überprüfen nach</translation>
    </message>
    <message>
        <source>&amp;Exposure of an option is</source>
        <translation>&amp;Exposition einer Option ist</translation>
    </message>
    <message>
        <source>Re&amp;view answers after</source>
        <translation>Antworten über&amp;prüfen nach</translation>
    </message>
    <message>
        <source>Evaluation-wide risks: %1 (exposure %2)</source>
        <translation>Bewertungsweite Risiken: %1 (Exposition %2)</translation>
    </message>
    <message>
        <source>Risks that concern whichever option is chosen; they do not change how the options compare.</source>
        <translation>Risiken, die jede gewählte Option betreffen; sie ändern den Vergleich der Optionen nicht.</translation>
    </message>
    <message>
        <source>Change how exposure adds up</source>
        <translation>Ändern, wie sich die Exposition summiert</translation>
    </message>
    <message>
        <source>Turn risk-adjusted ranking on or off</source>
        <translation>Risikobereinigte Rangfolge ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Change the review interval</source>
        <translation>Das Prüfintervall ändern</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <source>Due-diligence checklist</source>
        <translation>Due-Diligence-Checkliste</translation>
    </message>
    <message>
        <source>Vendor questionnaires</source>
        <translation>Anbieter-Fragebögen</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Some templates could not be read</source>
        <translation>Einige Vorlagen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>These template files were left out:

%1</source>
        <translation>Diese Vorlagendateien wurden ausgelassen:

%1</translation>
    </message>
    <message>
        <source>Apply the checklist “%1”</source>
        <translation>Die Checkliste „%1“ anwenden</translation>
    </message>
    <message>
        <source>Nothing was added: the chosen options already have every item of “%1”.</source>
        <translation>Nichts hinzugefügt: Die gewählten Optionen haben bereits jeden Punkt von „%1“.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>This checklist has no items to save yet.</source>
        <translation>Diese Checkliste hat noch keine Punkte zum Speichern.</translation>
    </message>
    <message>
        <source>My checklist</source>
        <translation>Meine Checkliste</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Template not imported</source>
        <translation>Vorlage nicht importiert</translation>
    </message>
    <message>
        <source>Template not exported</source>
        <translation>Vorlage nicht exportiert</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Vorlage nicht gelöscht</translation>
    </message>
    <message>
        <source>%1 of %2 checks done</source>
        <translation>%1 von %2 Prüfpunkten erledigt</translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>On the to-do list</source>
        <translation>Auf der Aufgabenliste</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Find out next</source>
        <translation>Als Nächstes herausfinden</translation>
    </message>
    <message>
        <source>What to find out next; tick an item when it is done</source>
        <translation>Was als Nächstes herauszufinden ist; haken Sie einen Punkt ab, wenn er erledigt ist</translation>
    </message>
    <message>
        <source>Impact: the leader&apos;s margin swings by up to %1 points between the two ends.</source>
        <translation>Auswirkung: Der Vorsprung des Führenden schwankt zwischen den beiden Enden um bis zu %1 Punkte.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>On the due-diligence to-do list.</source>
        <translation>Auf der Due-Diligence-Aufgabenliste.</translation>
    </message>
    <message>
        <source>Put “%1” on the to-do list</source>
        <translation>„%1“ auf die Aufgabenliste setzen</translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Comes first</source>
        <translation>Kommt zuerst</translation>
    </message>
    <message>
        <source>%1 takes place %2 in %3 of the simulations</source>
        <translation>%1 belegt Platz %2 in %3 der Simulationen</translation>
    </message>
    <message>
        <source>out of the running</source>
        <translation>aus dem Rennen</translation>
    </message>
    <message>
        <source>%1 is excluded, fails a must-have or has no score: it cannot come first.</source>
        <translation>%1 ist ausgeschlossen, erfüllt ein Muss-Kriterium nicht oder hat keine Punktzahl: Sie kann nicht zuerst kommen.</translation>
    </message>
    <message>
        <source>%1 comes first in %2 of the simulations.</source>
        <translation>%1 kommt in %2 der Simulationen zuerst.</translation>
    </message>
    <message>
        <source>Score as entered %1; in 90 % of the simulations between %2 and %3.</source>
        <translation>Eingegebene Punktzahl %1; in 90 % der Simulationen zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Room before the winner changes</source>
        <translation>Spielraum, bevor sich der Sieger ändert</translation>
    </message>
    <message>
        <source>Lower to</source>
        <translation>Senken auf</translation>
    </message>
    <message>
        <source>Raise to</source>
        <translation>Erhöhen auf</translation>
    </message>
    <message>
        <source>“%1” has %2 of the weight.</source>
        <translation>„%1“ hat %2 der Gewichtung.</translation>
    </message>
    <message>
        <source>Lowered to %1, %2 comes first instead of %3.</source>
        <translation>Auf %1 gesenkt, kommt %2 statt %3 zuerst.</translation>
    </message>
    <message>
        <source>Raised to %1, %2 comes first instead of %3.</source>
        <translation>Auf %1 erhöht, kommt %2 statt %3 zuerst.</translation>
    </message>
    <message>
        <source>No weight between 0 and 100 % changes the winner.</source>
        <translation>Keine Gewichtung zwischen 0 und 100 % ändert den Sieger.</translation>
    </message>
    <message>
        <source>The other criteria keep their proportions.</source>
        <translation>Die anderen Kriterien behalten ihre Verhältnisse.</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Its score</source>
        <translation>Ihre Punktzahl</translation>
    </message>
    <message>
        <source>Own weights</source>
        <translation>Eigene Gewichtungen</translation>
    </message>
    <message>
        <source>Everyone combined</source>
        <translation>Alle zusammen</translation>
    </message>
    <message>
        <source>mean of the profiles</source>
        <translation>Mittel der Profile</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Same winner as with the evaluation&apos;s weights.</source>
        <translation>Derselbe Sieger wie mit den Gewichtungen der Bewertung.</translation>
    </message>
    <message>
        <source>A different winner than with the evaluation&apos;s weights (%1).</source>
        <translation>Ein anderer Sieger als mit den Gewichtungen der Bewertung (%1).</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>The weights the ranking uses; a stakeholder without a weight of their own takes these.</source>
        <translation>Die Gewichtungen, die die Rangfolge verwendet; ein Stakeholder ohne eigene Gewichtung übernimmt diese.</translation>
    </message>
    <message>
        <source>How far the stakeholders&apos; shares of the weight differ (largest minus smallest).</source>
        <translation>Wie weit die Anteile der Stakeholder an der Gewichtung auseinanderliegen (größter minus kleinster).</translation>
    </message>
    <message>
        <source>%1&apos;s own weights: type a number; clear it to use the evaluation&apos;s weight.</source>
        <translation>Eigene Gewichtungen von %1: Zahl eingeben; leeren, um die Gewichtung der Bewertung zu verwenden.</translation>
    </message>
    <message>
        <source>%1 gives “%2” the smallest share, %3 the largest: %4 apart.</source>
        <translation>%1 gibt „%2“ den kleinsten Anteil, %3 den größten: %4 auseinander.</translation>
    </message>
    <message>
        <source>Use the evaluation&apos;s weight of “%1” for %2</source>
        <translation>Für %2 die Gewichtung der Bewertung für „%1“ verwenden</translation>
    </message>
    <message>
        <source>%2&apos;s weight of “%1”</source>
        <translation>Gewichtung von %2 für „%1“</translation>
    </message>
    <message>
        <source>Nothing is scored yet: enter scores (even rough ones, with a range) to see how robust the ranking is.</source>
        <translation>Noch ist nichts bepunktet: Geben Sie Punktzahlen ein (auch grobe, mit Spanne), um zu sehen, wie robust die Rangfolge ist.</translation>
    </message>
    <message>
        <source>No option is in the running: every option is excluded, fails a must-have or has no score.</source>
        <translation>Keine Option ist im Rennen: Jede Option ist ausgeschlossen, erfüllt ein Muss-Kriterium nicht oder hat keine Punktzahl.</translation>
    </message>
    <message>
        <source>Nothing is uncertain: no score has a range or is missing and the weights are fixed, so every simulation gives the ranking as entered.</source>
        <translation>Nichts ist unsicher: Keine Punktzahl hat eine Spanne oder fehlt, und die Gewichtungen sind fest; jede Simulation ergibt also die eingegebene Rangfolge.</translation>
    </message>
    <message>
        <source>No score has a range and none is missing: the simulation varies only the weights.</source>
        <translation>Keine Punktzahl hat eine Spanne und keine fehlt: Die Simulation variiert nur die Gewichtungen.</translation>
    </message>
    <message>
        <source>The ranking is risk-adjusted; this analysis uses the weighted score before the risk adjustment.</source>
        <translation>Die Rangfolge ist risikobereinigt; diese Analyse verwendet die gewichtete Punktzahl vor der Risikobereinigung.</translation>
    </message>
    <message>
        <source>%1 share first place on the entered values.</source>
        <translation>%1 teilen sich mit den eingegebenen Werten den ersten Platz.</translation>
    </message>
    <message>
        <source>Only %1 is in the running: it comes first whatever the evidence says.</source>
        <translation>Nur %1 ist im Rennen: Sie kommt zuerst, was immer die Nachweise sagen.</translation>
    </message>
    <message>
        <source>%1&apos;s weights are all zero: their perspective is left out.</source>
        <translation>Die Gewichtungen von %1 sind alle null: Diese Perspektive bleibt unberücksichtigt.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 is the only option in the running</source>
        <translation>%1 ist die einzige Option im Rennen</translation>
    </message>
    <message>
        <source>%1 ranks first on the entered values, but %2 comes first more often: in %3 of the simulations</source>
        <translation>%1 liegt mit den eingegebenen Werten vorn, aber %2 kommt öfter zuerst: in %3 der Simulationen</translation>
    </message>
    <message>
        <source>%1 leads clearly: it comes first in %2 of the simulations</source>
        <translation>%1 führt klar: Sie kommt in %2 der Simulationen zuerst</translation>
    </message>
    <message>
        <source>%1 leads, but not clearly</source>
        <translation>%1 führt, aber nicht klar</translation>
    </message>
    <message>
        <source>%1 leads, but not clearly: %2 comes first in %3 of the simulations</source>
        <translation>%1 führt, aber nicht klar: %2 kommt in %3 der Simulationen zuerst</translation>
    </message>
    <message>
        <source>weights vary by about ±%1</source>
        <translation>Gewichtungen schwanken um etwa ±%1</translation>
    </message>
    <message>
        <source>weights fixed</source>
        <translation>Gewichtungen fest</translation>
    </message>
    <message>
        <source>Based on %1 simulations (seed %2): scores drawn within their ranges, missing scores over their whole scale, %3.</source>
        <translation>Auf Basis von %1 Simulationen (Startwert %2): Punktzahlen innerhalb ihrer Spannen gezogen, fehlende Punktzahlen über ihre gesamte Skala, %3.</translation>
    </message>
    <message>
        <source>Stopped before the %1 asked for: every chance of coming first is within ±0.5 points.</source>
        <translation>Vor den angeforderten %1 beendet: Jede Chance, zuerst zu kommen, ist auf ±0,5 Punkte genau.</translation>
    </message>
    <message>
        <source>Refining: %1 of %2 so far.</source>
        <translation>Verfeinerung: bisher %1 von %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Winner changes if this were “%1” (to %2)</source>
        <translation>Der Sieger ändert sich, wenn dies „%1“ wäre (zu %2)</translation>
    </message>
    <message>
        <source>Winner changes if this drops below %1 (to %2)</source>
        <translation>Der Sieger ändert sich, wenn dies unter %1 fällt (zu %2)</translation>
    </message>
    <message>
        <source>Winner changes if this rises above %1 (to %2)</source>
        <translation>Der Sieger ändert sich, wenn dies über %1 steigt (zu %2)</translation>
    </message>
    <message>
        <source>Score %1, or exclude it (nothing is scored yet)</source>
        <translation>%1 bepunkten oder ausschließen (noch nichts bepunktet)</translation>
    </message>
    <message>
        <source>Agree the weight of “%1” (%2 – %3)</source>
        <translation>Die Gewichtung von „%1“ vereinbaren (%2 – %3)</translation>
    </message>
    <message>
        <source>Find out when %1 would deliver results (“%2” is calculated from it)</source>
        <translation>Herausfinden, wann %1 Ergebnisse liefern würde („%2“ wird daraus berechnet)</translation>
    </message>
    <message>
        <source>it could decide between %1 and %2, but almost never does.</source>
        <translation>es könnte zwischen %1 und %2 entscheiden, tut es aber fast nie.</translation>
    </message>
    <message>
        <source>Enter the costs of %1 (“%2” is calculated from them)</source>
        <translation>Erfassen Sie die Kosten von %1 („%2“ wird daraus berechnet)</translation>
    </message>
    <message>
        <source>Narrow down the cost estimates of %1 (“%2” is now %3 – %4)</source>
        <translation>Grenzen Sie die Kostenschätzungen von %1 ein („%2“ liegt jetzt bei %3 – %4)</translation>
    </message>
    <message>
        <source>Narrow down what “%2” of %1 is calculated from (now %3 – %4)</source>
        <translation>Grenzen Sie ein, woraus „%2“ von %1 berechnet wird (jetzt %3 – %4)</translation>
    </message>
    <message>
        <source>Find out “%2” for %1 (not scored yet)</source>
        <translation>Ermitteln Sie „%2“ für %1 (noch nicht bewertet)</translation>
    </message>
    <message>
        <source>Narrow down “%2” for %1 (now %3 – %4)</source>
        <translation>Grenzen Sie „%2“ für %1 ein (jetzt %3 – %4)</translation>
    </message>
    <message>
        <source>it almost never changes the winner: it moves the lead of %1 by up to %2 points, but %1 stays ahead.</source>
        <translation>es ändert den Sieger fast nie: Es verschiebt den Vorsprung von %1 um bis zu %2 Punkte, aber %1 bleibt vorn.</translation>
    </message>
    <message>
        <source>it changes the winner in almost every case</source>
        <translation>es ändert den Sieger in fast jedem Fall</translation>
    </message>
    <message>
        <source>it could change the winner in about %1 in 100 cases</source>
        <translation>es könnte den Sieger in etwa %1 von 100 Fällen ändern</translation>
    </message>
    <message>
        <source>it could change the winner, but rarely: about %1 in %2 cases</source>
        <translation>es könnte den Sieger ändern, aber selten: in etwa %1 von %2 Fällen</translation>
    </message>
    <message>
        <source>%1 (between %2 and %3).</source>
        <translation>%1 (zwischen %2 und %3).</translation>
    </message>
    <message>
        <source>%1 (with other unknowns); on its own it does not move the lead of %2.</source>
        <translation>%1 (zusammen mit anderen Unbekannten); für sich allein verschiebt es den Vorsprung von %2 nicht.</translation>
    </message>
    <message>
        <source>%1 (with other unknowns); on its own it moves the lead of %2 by up to %3 points.</source>
        <translation>%1 (zusammen mit anderen Unbekannten); für sich allein verschiebt es den Vorsprung von %2 um bis zu %3 Punkte.</translation>
    </message>
    <message>
        <source>Only one option is in the running: it comes first in every draw.</source>
        <translation>Nur eine Option ist im Rennen: Sie liegt in jeder Ziehung vorn.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and follow the &apos;worst&apos; policy.</source>
        <translation>
            <numerusform>%n fehlende Punktzahl liegt auf Kriterien, für die niemand einen Wert hat: Sie konnte nicht gezogen werden und wird als schlechtester Wert gezählt.</numerusform>
            <numerusform>%n fehlende Punktzahlen liegen auf Kriterien, für die niemand einen Wert hat: Sie konnten nicht gezogen werden und werden als schlechtester Wert gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and follow the &apos;mean&apos; policy.</source>
        <translation>
            <numerusform>%n fehlende Punktzahl liegt auf Kriterien, für die niemand einen Wert hat: Sie konnte nicht gezogen werden und wird mit dem Durchschnitt des Kriteriums aufgefüllt.</numerusform>
            <numerusform>%n fehlende Punktzahlen liegen auf Kriterien, für die niemand einen Wert hat: Sie konnten nicht gezogen werden und werden mit dem Durchschnitt des Kriteriums aufgefüllt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and follow the &apos;ignore&apos; policy.</source>
        <translation>
            <numerusform>%n fehlende Punktzahl liegt auf Kriterien, für die niemand einen Wert hat: Sie konnte nicht gezogen werden und wird ignoriert (Gewichtungen neu normiert).</numerusform>
            <numerusform>%n fehlende Punktzahlen liegen auf Kriterien, für die niemand einen Wert hat: Sie konnten nicht gezogen werden und werden ignoriert (Gewichtungen neu normiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>No option is in the running (all excluded, failing a must-have or without scores).</source>
        <translation>Keine Option ist im Rennen (alle ausgeschlossen, an einem Muss-Kriterium gescheitert oder ohne Punktzahlen).</translation>
    </message>
    <message>
        <source>No option is in the running.</source>
        <translation>Keine Option ist im Rennen.</translation>
    </message>
    <message>
        <source>Only one option is in the running.</source>
        <translation>Nur eine Option ist im Rennen.</translation>
    </message>
    <message>
        <source>No clear winner: the runner-up comes first in %1 of draws (≥ %2).</source>
        <translation>Kein klarer Sieger: Der Zweitplatzierte liegt in %1 der Ziehungen vorn (≥ %2).</translation>
    </message>
    <message>
        <source>No clear winner: the leader is first in only %1.</source>
        <translation>Kein klarer Sieger: Der Führende liegt nur in %1 vorn.</translation>
    </message>
    <message>
        <source>Clear winner: first in %1 of draws.</source>
        <translation>Klarer Sieger: in %1 der Ziehungen vorn.</translation>
    </message>
    <message>
        <source>No option is ranked yet.</source>
        <translation>Noch hat keine Option einen Rang.</translation>
    </message>
    <message>
        <source>No criterion is scored by TCO or NPV, so neither the discount rate nor the horizon can change the winner.</source>
        <translation>Kein Kriterium wird nach TCO oder Kapitalwert bewertet, daher können weder der Abzinsungssatz noch der Betrachtungszeitraum den Sieger ändern.</translation>
    </message>
</context>
<context>
    <name>RobustnessView</name>
    <message>
        <source>Chance of coming first per option</source>
        <translation>Chance, zuerst zu kommen, je Option</translation>
    </message>
    <message>
        <source>What to find out next</source>
        <translation>Was als Nächstes herauszufinden ist</translation>
    </message>
    <message>
        <source>Put on the to-do list</source>
        <translation>Auf die Aufgabenliste setzen</translation>
    </message>
    <message>
        <source>Add the selected item to the due-diligence to-do list, not yet done.</source>
        <translation>Den ausgewählten Punkt auf die Due-Diligence-Aufgabenliste setzen, noch nicht erledigt.</translation>
    </message>
    <message>
        <source>Weights that could change the winner</source>
        <translation>Gewichtungen, die den Sieger ändern könnten</translation>
    </message>
    <message>
        <source>Winner per stakeholder</source>
        <translation>Sieger je Stakeholder</translation>
    </message>
    <message>
        <source>Stakeholders&apos; own weights</source>
        <translation>Eigene Gewichtungen der Stakeholder</translation>
    </message>
    <message>
        <source>Chance of coming first, and of each place</source>
        <translation>Chance, zuerst zu kommen, und auf jeden Platz</translation>
    </message>
    <message>
        <source>Who comes first, per stakeholder</source>
        <translation>Wer zuerst kommt, je Stakeholder</translation>
    </message>
    <message>
        <source>Weights per stakeholder (type to set, clear to use the evaluation&apos;s)</source>
        <translation>Gewichtungen je Stakeholder (eingeben zum Festlegen, leeren für die der Bewertung)</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspektiven</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Rangfolge…</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>Gewichtungen…</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Schwellen…</translation>
    </message>
    <message>
        <source>What to find out…</source>
        <translation>Was herauszufinden ist…</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulation…</translation>
    </message>
    <message>
        <source>Perspectives…</source>
        <translation>Perspektiven…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Add the buying committee in the Stakeholders tab to give each person their own weights.</source>
        <translation>Erfassen Sie das Einkaufsgremium im Reiter „Stakeholder“, um jeder Person eigene Gewichtungen zu geben.</translation>
    </message>
    <message>
        <source>Type a stakeholder&apos;s own weights to see the ranking from their perspective.</source>
        <translation>Geben Sie die eigenen Gewichtungen eines Stakeholders ein, um die Rangfolge aus seiner Perspektive zu sehen.</translation>
    </message>
    <message>
        <source>Working out what to find out next…</source>
        <translation>Wird ermittelt, was als Nächstes herauszufinden ist…</translation>
    </message>
    <message>
        <source>Nothing left to find out could change the winner.</source>
        <translation>Nichts, was noch herauszufinden ist, könnte den Sieger ändern.</translation>
    </message>
    <message>
        <source>Simulation settings</source>
        <translation>Simulationseinstellungen</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Include the options&apos; names</source>
        <translation>Namen der Optionen einschließen</translation>
    </message>
    <message>
        <source>The template keeps the criteria, weights, checklist, buying roles and cost labels. It leaves out scores, amounts, the need, notes, the decision and people&apos;s names.</source>
        <translation>Die Vorlage behält Kriterien, Gewichtungen, Checkliste, Einkaufsrollen und Kostenbezeichnungen. Punktzahlen, Beträge, Bedarf, Notizen, Entscheidung und Namen von Personen lässt sie weg.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <source>Score and evidence</source>
        <translation>Punktzahl und Nachweis</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Niedrig</translation>
    </message>
    <message>
        <source>Low end of the range</source>
        <translation>Unteres Ende der Spanne</translation>
    </message>
    <message>
        <source>L&amp;ikely</source>
        <translation>&amp;Wahrscheinlich</translation>
    </message>
    <message>
        <source>Likely score</source>
        <translation>Wahrscheinliche Punktzahl</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>High end of the range</source>
        <translation>Oberes Ende der Spanne</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>What did you see or hear that supports this score?</source>
        <translation>Was haben Sie gesehen oder gehört, das diese Punktzahl stützt?</translation>
    </message>
    <message>
        <source>URL, document, demo, reference call or review site</source>
        <translation>URL, Dokument, Demo, Referenzgespräch oder Bewertungsportal</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Evidence date</source>
        <translation>Datum des Nachweises</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweis</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Checked &amp;on</source>
        <translation>Geprüft &amp;am</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nachweisnotiz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>The %1 score “%2” %3.</source>
        <translation>Die %1 Punktzahl „%2“ %3.</translation>
    </message>
    <message>
        <source>The range must run from low to high, with the likely score inside it.</source>
        <translation>Die Spanne muss von niedrig nach hoch verlaufen, mit der wahrscheinlichen Punktzahl dazwischen.</translation>
    </message>
    <message>
        <source>The %1 score %2.</source>
        <translation>Die %1 Punktzahl %2.</translation>
    </message>
</context>
<context>
    <name>ScoreMatrixModel</name>
    <message>
        <source>excluded by you</source>
        <translation>von Ihnen ausgeschlossen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 Wo.</translation>
    </message>
    <message>
        <source>Calculated from the option&apos;s costs and timing (%1); not typed.</source>
        <translation>Aus Kosten und Zeitbedarf der Option berechnet (%1); nicht eingegeben.</translation>
    </message>
    <message>
        <source>No score yet: counted as missing, not as zero.</source>
        <translation>Noch keine Punktzahl: zählt als fehlend, nicht als null.</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Spanne: %1 bis %2</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Option excluded: %1</source>
        <translation>Option ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>Level %1: worth %2 of 100</source>
        <translation>Stufe %1: Nutzwert %2 von 100</translation>
    </message>
    <message>
        <source>Not one of the levels&apos; numbers: counted as missing, not as zero.</source>
        <translation>Keine Nummer einer Stufe: zählt als fehlend, nicht als null.</translation>
    </message>
    <message>
        <source>Worth %1 of 100</source>
        <translation>Nutzwert %1 von 100</translation>
    </message>
    <message>
        <source>IRR: none (the net cash flows never change sign, e.g. no expected returns).</source>
        <translation>IZF: keiner (die Netto-Zahlungsströme wechseln nie das Vorzeichen, z. B. ohne erwartete Erträge).</translation>
    </message>
    <message>
        <source>IRR: %1</source>
        <translation>IZF: %1</translation>
    </message>
    <message>
        <source>No time to results entered for this option.</source>
        <translation>Für diese Option ist keine Zeit bis zu Ergebnissen erfasst.</translation>
    </message>
    <message>
        <source>Counted as a missing score, not as a value.</source>
        <translation>Zählt als fehlende Punktzahl, nicht als Wert.</translation>
    </message>
    <message>
        <source>(excluded)</source>
        <translation>(ausgeschlossen)</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>“%1” is calculated from each option&apos;s costs: enter them under Options &amp; scores ▸ Options &amp; costs.</source>
        <translation>„%1“ wird aus den Kosten jeder Option berechnet: Erfassen Sie sie unter „Optionen &amp; Punkte“ ▸ „Optionen &amp; Kosten“.</translation>
    </message>
    <message>
        <source>“%1” is calculated from each option&apos;s time to results: enter it under Options &amp; scores ▸ Options &amp; costs.</source>
        <translation>„%1“ wird aus der Zeit bis zu Ergebnissen jeder Option berechnet: Erfassen Sie sie unter „Optionen &amp; Punkte“ ▸ „Optionen &amp; Kosten“.</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>Values from: %1 (calculated, read-only)</source>
        <translation>Werte aus: %1 (berechnet, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Scale: %1 · unit: %2 · %3</source>
        <translation>Skala: %1 · Einheit: %2 · %3</translation>
    </message>
    <message>
        <source>Scale: %1 · %3</source>
        <translation>Skala: %1 · %3</translation>
    </message>
    <message>
        <source>Weight: %1</source>
        <translation>Gewichtung: %1</translation>
    </message>
    <message>
        <source>Must have: at least %1</source>
        <translation>Muss-Kriterium: mindestens %1</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Muss-Kriterium</translation>
    </message>
    <message>
        <source>Score “%1” for “%2”</source>
        <translation>Punktzahl „%1“ für „%2“</translation>
    </message>
    <message>
        <source>%1 is calculated from the options&apos; costs and timing; it cannot be typed.</source>
        <translation>%1 wird aus Kosten und Zeitbedarf der Optionen berechnet; es kann nicht eingegeben werden.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 is not a level of “%2”: type a level or its number (%3).</source>
        <translation>%1 ist keine Stufe von „%2“: Geben Sie eine Stufe oder ihre Nummer ein (%3).</translation>
    </message>
    <message>
        <source>%1 is outside the scale of “%2”: %3.</source>
        <translation>%1 liegt außerhalb der Skala von „%2“: %3.</translation>
    </message>
    <message>
        <source>%1 lies outside the range %2–%3 recorded for this score; change the range with Evidence… (Ctrl+E).</source>
        <translation>%1 liegt außerhalb der für diese Punktzahl erfassten Spanne %2–%3; ändern Sie die Spanne mit „Nachweise…“ (Strg+E).</translation>
    </message>
    <message>
        <source>Price of “%1” (%2)</source>
        <translation>Preis von „%1“ (%2)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price of “%1”</source>
        <translation>Preis von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is calculated from this option&apos;s %n cost line(s): press Enter or double-click to open them.</source>
        <translation>
            <numerusform>„%1“ wird aus dem %n Kostenposten dieser Option berechnet: Eingabetaste oder Doppelklick öffnet ihn.</numerusform>
            <numerusform>„%1“ wird aus den %n Kostenposten dieser Option berechnet: Eingabetaste oder Doppelklick öffnet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No costs entered yet: type the price to add it as one one-time cost line (Price).</source>
        <translation>Noch keine Kosten eingegeben: Geben Sie den Preis ein, um ihn als einen einmaligen Kostenposten (Preis) hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ScoringDialogs</name>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Name of the group (e.g. “Security and compliance”):</source>
        <translation>Name der Gruppe (z. B. „Sicherheit und Compliance“):</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n Punktzahl</numerusform>
            <numerusform>%n Punktzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairwise comparison(s)</source>
        <translation>
            <numerusform>%n paarweiser Vergleich</numerusform>
            <numerusform>%n paarweise Vergleiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove criteria</source>
        <translation>Kriterien entfernen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Remove %1?

%2 will be deleted; Edit ▸ Undo brings them back.</source>
        <translation>%1 entfernen?

%2 werden gelöscht; Bearbeiten ▸ Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Folder for the scoring sheets</source>
        <translation>Ordner für die Bepunktungsblätter</translation>
    </message>
    <message>
        <source>Import a scoring sheet</source>
        <translation>Bepunktungsblatt importieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Send out for scoring</source>
        <translation>Zur Bepunktung versenden</translation>
    </message>
    <message>
        <source>Each evaluator gets a small Excel sheet of “%1”: the options across, the criteria down, each cell checked against its criterion&apos;s scale. Import each returned sheet with File ▸ Import a scoring sheet…</source>
        <translation>Jeder Bewerter erhält ein kleines Excel-Blatt von „%1“: die Optionen nebeneinander, die Kriterien untereinander, jede Zelle gegen die Skala ihres Kriteriums geprüft. Importieren Sie jedes zurückgesandte Blatt mit Datei ▸ Bepunktungsblatt importieren…</translation>
    </message>
    <message>
        <source>One name per line, e.g.
Anna Berg
Ben Ortiz</source>
        <translation>Ein Name je Zeile, z. B.
Anna Berg
Ben Ortiz</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Write sheets</source>
        <translation>Blätter schreiben</translation>
    </message>
    <message>
        <source>Write %1 sheets</source>
        <translation>%1 Blätter schreiben</translation>
    </message>
    <message>
        <source>Write sheet</source>
        <translation>Blatt schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Store %n score(s) from %1 for “%2”?</source>
        <translation>
            <numerusform>%n Punktzahl von %1 für „%2“ speichern?</numerusform>
            <numerusform>%n Punktzahlen von %1 für „%2“ speichern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They replace the %n score(s) %2 gave before.</source>
        <translation>
            <numerusform>Sie ersetzt die %n Punktzahl, die %2 zuvor vergeben hat.</numerusform>
            <numerusform>Sie ersetzen die %n Punktzahlen, die %2 zuvor vergeben hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Bearbeiten ▸ Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>Some of the sheet is left out; see the details.</source>
        <translation>Ein Teil des Blatts wird ausgelassen; siehe die Details.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>ScoringLabels</name>
    <message>
        <source>0 to 10</source>
        <translation>0 bis 10</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 bis 5</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nein</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Measured value</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Typed scores</source>
        <translation>Eingegebene Punktzahlen</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>Gesamtbetriebskosten</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Kapitalwert</translation>
    </message>
    <message>
        <source>Time to results</source>
        <translation>Zeit bis zu Ergebnissen</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Ignore and re-weight the rest</source>
        <translation>Ignorieren und den Rest neu gewichten</translation>
    </message>
    <message>
        <source>Count as the worst score</source>
        <translation>Als schlechteste Punktzahl zählen</translation>
    </message>
    <message>
        <source>Count as the criterion&apos;s average</source>
        <translation>Als Durchschnitt des Kriteriums zählen</translation>
    </message>
    <message>
        <source>Exclude the option</source>
        <translation>Die Option ausschließen</translation>
    </message>
    <message>
        <source>Only flag it</source>
        <translation>Nur markieren</translation>
    </message>
    <message>
        <source>Direct weights</source>
        <translation>Direkte Gewichtungen</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>Paarweise Vergleiche</translation>
    </message>
</context>
<context>
    <name>ScoringSheet</name>
    <message>
        <source>%1: holds a formula (%2); type the value itself</source>
        <translation>%1: enthält eine Formel (%2); geben Sie den Wert selbst ein</translation>
    </message>
    <message>
        <source>%1: expected yes or no (got %2)</source>
        <translation>%1: erwartet wird ja oder nein (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1: expected %2 (got %3)</source>
        <translation>%1: erwartet wird %2 (erhalten: %3)</translation>
    </message>
    <message>
        <source>%1: %2 (got %3); expected %4</source>
        <translation>%1: %2 (erhalten: %3); erwartet wird %4</translation>
    </message>
    <message>
        <source>%1: the note %2</source>
        <translation>%1: Die Notiz %2</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Score evidence</source>
        <translation>Nachweis zur Punktzahl</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Änderungsnotiz</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>evidence source</source>
        <translation>Quelle des Nachweises</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in all evaluations</source>
        <translation>In allen Bewertungen suchen</translation>
    </message>
    <message>
        <source>Find options, vendors, notes, evidence, risks…</source>
        <translation>Optionen, Anbieter, Notizen, Nachweise, Risiken finden…</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Zu suchender Text</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Fundstellen</translation>
    </message>
    <message>
        <source>Type to search every evaluation, archived ones too.</source>
        <translation>Tippen Sie, um jede Bewertung zu durchsuchen, auch archivierte.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (die ersten %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n Fundstelle</numerusform>
            <numerusform>%n Fundstellen</numerusform>
        </translation>
    </message>
    <message>
        <source> · Enter shows the selected one</source>
        <translation> · Eingabe zeigt die ausgewählte</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; the arrow keys move inside a table; F2 or typing edits a cell, Enter stores it and Escape cancels.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen Bedienelementen; die Pfeiltasten bewegen sich innerhalb einer Tabelle; F2 oder Tippen bearbeitet eine Zelle, Eingabe speichert sie und Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>SimulationSettings</name>
    <message>
        <source>Simulations</source>
        <translation>Simulationen</translation>
    </message>
    <message>
        <source>At most how many times the ranking is simulated (more: steadier chances, slower). It stops sooner once every chance of coming first is within ±0.5 points.</source>
        <translation>Wie oft die Rangfolge höchstens simuliert wird (mehr: stabilere Chancen, aber langsamer). Die Simulation endet früher, sobald jede Chance, zuerst zu kommen, auf ±0,5 Punkte genau ist.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The same seed gives the same chances, so a result can be reproduced.</source>
        <translation>Derselbe Startwert ergibt dieselben Chancen, sodass sich ein Ergebnis wiederholen lässt.</translation>
    </message>
    <message>
        <source>Weights ±</source>
        <translation>Gewichtungen ±</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>How far the weights may be off, relative to themselves: with ±10 % the heaviest criterion&apos;s share (say 30 %) stays within 27–33 % in 95 % of the simulations; lighter criteria vary relatively more. 0 keeps the weights fixed.</source>
        <translation>Wie weit die Gewichtungen abweichen dürfen, relativ zu sich selbst: Bei ±10 % bleibt der Anteil des schwersten Kriteriums (etwa 30 %) in 95 % der Simulationen zwischen 27 und 33 %; leichtere Kriterien schwanken relativ stärker. 0 hält die Gewichtungen fest.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StakeholderDetail</name>
    <message>
        <source>What worries this person, what they need to say yes</source>
        <translation>Was diese Person beschäftigt, was sie für ein Ja braucht</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Criteria they care about</source>
        <translation>Kriterien, die ihr wichtig sind</translation>
    </message>
    <message>
        <source>RACI per stage</source>
        <translation>RACI je Phase</translation>
    </message>
    <message>
        <source>Cares about</source>
        <translation>Wichtig ist</translation>
    </message>
    <message>
        <source>Select a person to see their details</source>
        <translation>Wählen Sie eine Person, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>Cares about (%1)</source>
        <translation>Wichtig ist (%1)</translation>
    </message>
    <message>
        <source>Edit concerns of “%1”</source>
        <translation>Anliegen von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>StakeholdersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Einkaufsrolle</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Signs off</source>
        <translation>Gibt frei</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>1 (low) to 5 (high); 3 or more counts as high on the grid</source>
        <translation>1 (gering) bis 5 (hoch); ab 3 gilt im Raster als hoch</translation>
    </message>
    <message>
        <source>Now %1; we want %2</source>
        <translation>Jetzt %1; gewünscht %2</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <source>Buying committee</source>
        <translation>Einkaufsgremium</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Power / interest</source>
        <translation>Einfluss / Interesse</translation>
    </message>
    <message>
        <source>Not on the grid yet (no influence or interest): %1</source>
        <translation>Noch nicht im Raster (kein Einfluss oder Interesse): %1</translation>
    </message>
    <message>
        <source>Drag a person to move them; “high” is 3 or more.</source>
        <translation>Ziehen Sie eine Person, um sie zu verschieben; „hoch“ ist 3 oder mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New person %1</source>
        <translation>Neue Person %1</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Stakeholder hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>%n Stakeholder löschen</numerusform>
            <numerusform>%n Stakeholder löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move “%1” on the grid</source>
        <translation>„%1“ im Raster verschieben</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>SQLite reads it without finding damage</source>
        <translation>SQLite liest sie, ohne einen Schaden zu finden</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; und %n weitere</numerusform>
            <numerusform>%1; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed the same values meanwhile (%2). Your edit was not stored so as not to overwrite theirs; the view now shows the latest values.</source>
        <translation>%1 hat inzwischen dieselben Werte geändert (%2). Ihre Änderung wurde nicht gespeichert, um die andere nicht zu überschreiben; die Ansicht zeigt jetzt die neuesten Werte.</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>it is a SQLite database made by another program</source>
        <translation>sie ist eine SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1, and it holds no workbook yet</source>
        <translation>%1, und sie enthält noch keine Arbeitsmappe</translation>
    </message>
    <message>
        <source>%1, and it must first be upgraded to this version of the app</source>
        <translation>%1, und sie muss erst auf diese Version der App aktualisiert werden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>backups of server databases are made by the server</source>
        <translation>Sicherungen von Server-Datenbanken erstellt der Server</translation>
    </message>
    <message>
        <source>the disk it is on is read-only</source>
        <translation>der Datenträger, auf dem sie liegt, ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder %1 is read-only for you</source>
        <translation>der Ordner %1 ist für Sie schreibgeschützt</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>sie ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it is locked (%1)</source>
        <translation>sie ist gesperrt (%1)</translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation>der Datenträger hat einen Fehler gemeldet (%1)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>Sie haben keine Berechtigung, sie zu lesen</translation>
    </message>
    <message>
        <source>you do not have permission (%1)</source>
        <translation>Sie haben keine Berechtigung (%1)</translation>
    </message>
    <message>
        <source>it is in use (%1)</source>
        <translation>sie wird gerade verwendet (%1)</translation>
    </message>
    <message>
        <source>Copy workbooks with File ▸ Save a copy as… or `duediligence backup`, never with a file manager.</source>
        <translation>Kopieren Sie Arbeitsmappen mit Datei ▸ Kopie speichern unter… oder `duediligence backup`, nie mit einem Dateimanager.</translation>
    </message>
    <message>
        <source>%1 was not closed properly and its log file (%1-wal) is missing: the most recent changes may be lost. This happens when a workbook is copied while the app has it open, or its -wal file is deleted. %2</source>
        <translation>%1 wurde nicht ordnungsgemäß geschlossen und ihre Protokolldatei (%1-wal) fehlt: Die neuesten Änderungen können verloren sein. Das geschieht, wenn eine Arbeitsmappe kopiert wird, während die App sie geöffnet hat, oder wenn ihre -wal-Datei gelöscht wird. %2</translation>
    </message>
    <message>
        <source>%1 was open in another folder when it was copied here with its log file (%1-wal): the copy may miss or mix the changes made meanwhile; check the latest changes. %2</source>
        <translation>%1 war in einem anderen Ordner geöffnet, als sie mit ihrer Protokolldatei (%1-wal) hierher kopiert wurde: Der Kopie können die inzwischen gemachten Änderungen fehlen oder sie vermischt sie; prüfen Sie die letzten Änderungen. %2</translation>
    </message>
    <message>
        <source>it holds tables of another program</source>
        <translation>sie enthält Tabellen eines anderen Programms</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>die Verbindung zum Datenbankserver ist abgebrochen</translation>
    </message>
    <message>
        <source>the database refused it (%1)</source>
        <translation>die Datenbank hat sie abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>Submit</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>excluded flag</source>
        <translation>Ausschluss-Markierung</translation>
    </message>
    <message>
        <source>reason for exclusion</source>
        <translation>Grund für den Ausschluss</translation>
    </message>
    <message>
        <source>time to results</source>
        <translation>Zeit bis zu Ergebnissen</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>low estimate</source>
        <translation>niedrige Schätzung</translation>
    </message>
    <message>
        <source>high estimate</source>
        <translation>hohe Schätzung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>cost range</source>
        <translation>Kostenspanne</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>Betrachtungszeitraum</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>Abzinsungssatz</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>first year</source>
        <translation>erstes Jahr</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>change a year</source>
        <translation>Änderung pro Jahr</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>day of the exchange rates</source>
        <translation>Stichtag der Wechselkurse</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>must-have flag</source>
        <translation>Muss-Markierung</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>evidence date</source>
        <translation>Datum des Nachweises</translation>
    </message>
    <message>
        <source>checked by</source>
        <translation>geprüft von</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>residual likelihood</source>
        <translation>Rest-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>residual impact</source>
        <translation>Rest-Auswirkung</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>Minderung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>exposure rule</source>
        <translation>Expositionsregel</translation>
    </message>
    <message>
        <source>review interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>risk-adjusted ranking</source>
        <translation>risikobereinigte Rangfolge</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>Einkaufsrolle</translation>
    </message>
    <message>
        <source>influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>desired stance</source>
        <translation>gewünschte Haltung</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>sign-off flag</source>
        <translation>Freigabe-Markierung</translation>
    </message>
    <message>
        <source>RACI letter</source>
        <translation>RACI-Buchstabe</translation>
    </message>
    <message>
        <source>approval subject</source>
        <translation>Gegenstand der Freigabe</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>done date</source>
        <translation>Erledigungsdatum</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>Datum der Einschätzung</translation>
    </message>
    <message>
        <source>awareness</source>
        <translation>Bewusstsein</translation>
    </message>
    <message>
        <source>desire</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>ability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>reinforcement</source>
        <translation>Verankerung</translation>
    </message>
    <message>
        <source>actual cost</source>
        <translation>tatsächliche Kosten</translation>
    </message>
    <message>
        <source>actual time to results</source>
        <translation>tatsächliche Zeit bis zu Ergebnissen</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>would-buy-again answer</source>
        <translation>Antwort „wieder kaufen“</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>chosen option</source>
        <translation>gewählte Option</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>entschieden von</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>override reason</source>
        <translation>Begründung für die Abweichung</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 was not changed: %2.</source>
        <translation>%1 wurde nicht geändert: %2.</translation>
    </message>
    <message>
        <source>%1 was not changed (you entered “%3”): %2.</source>
        <translation>%1 wurde nicht geändert (Sie haben „%3“ eingegeben): %2.</translation>
    </message>
    <message>
        <source>Value not stored</source>
        <translation>Wert nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Swing</name>
    <message>
        <source>criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>%1: rate its swing from 0 to 100 (0 = it does not matter)</source>
        <translation>%1: Bewerten Sie den Swing von 0 bis 100 (0 = unwichtig)</translation>
    </message>
    <message>
        <source>%1: a swing is rated from 0 to 100, got %2</source>
        <translation>%1: Ein Swing wird von 0 bis 100 bewertet, erhalten: %2</translation>
    </message>
    <message>
        <source>no criteria: there is no swing to rate</source>
        <translation>keine Kriterien: Es gibt keinen Swing zu bewerten</translation>
    </message>
    <message>
        <source>rate the most important swing 100 and the others against it</source>
        <translation>Bewerten Sie den wichtigsten Swing mit 100 und die anderen im Vergleich dazu</translation>
    </message>
</context>
<context>
    <name>SwingDialog</name>
    <message>
        <source>Swing weights</source>
        <translation>Swing-Gewichtung</translation>
    </message>
    <message>
        <source>Imagine an option at its worst on every criterion. Which single swing, from worst to best, would you most like to make? Pick it: it is rated 100. Then rate each other swing against it (0–100): 50 means that swing is worth half as much to you. The weights follow from the ratings, so they weigh the ranges really at stake, not how important a criterion sounds.</source>
        <translation>Stellen Sie sich eine Option vor, die bei jedem Kriterium am schlechtesten abschneidet. Welchen einzelnen Swing, vom schlechtesten zum besten Wert, würden Sie am liebsten machen? Wählen Sie ihn: Er erhält 100. Stufen Sie dann jeden anderen Swing im Vergleich dazu ein (0–100): 50 bedeutet, dass Ihnen dieser Swing halb so viel wert ist. Die Gewichtungen ergeben sich aus den Einstufungen; sie gewichten also die Spannen, um die es tatsächlich geht, nicht, wie wichtig ein Kriterium klingt.</translation>
    </message>
    <message>
        <source>(choose the swing that matters most)</source>
        <translation>(wählen Sie den wichtigsten Swing)</translation>
    </message>
    <message>
        <source>The swing that matters most</source>
        <translation>Der wichtigste Swing</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schlechtester Wert</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <source>Rating (0–100)</source>
        <translation>Einstufung (0–100)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Swings to rate</source>
        <translation>Einzustufende Swings</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <source>Rating of the swing of “%1”</source>
        <translation>Einstufung des Swings von „%1“</translation>
    </message>
    <message>
        <source>Why “%1” is rated so</source>
        <translation>Warum „%1“ so eingestuft ist</translation>
    </message>
    <message>
        <source>&amp;Use these weights</source>
        <translation>Diese Gewichtungen &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Most important swing:</source>
        <translation>&amp;Wichtigster Swing:</translation>
    </message>
    <message>
        <source>From the criterion&apos;s stated Minimum and Maximum.</source>
        <translation>Aus dem angegebenen Minimum und Maximum des Kriteriums.</translation>
    </message>
    <message>
        <source>The ends of the criterion&apos;s scale.</source>
        <translation>Die Enden der Skala des Kriteriums.</translation>
    </message>
    <message>
        <source>The worst and best value among the options (no ends stated): the swing changes when options are added or removed.</source>
        <translation>Der schlechteste und der beste Wert unter den Optionen (keine Enden angegeben): Der Swing ändert sich, wenn Optionen hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>The worst and best of the criterion&apos;s levels.</source>
        <translation>Die schlechteste und die beste Stufe des Kriteriums.</translation>
    </message>
    <message>
        <source>Where the criterion&apos;s value function is worth least and most.</source>
        <translation>Wo die Wertfunktion des Kriteriums den geringsten und den höchsten Nutzwert hat.</translation>
    </message>
    <message>
        <source>No option has a value yet: the swing is not known.</source>
        <translation>Noch hat keine Option einen Wert: Der Swing ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message>
        <source>%1 checks in %2 categories, %3 critical</source>
        <translation>%1 Prüfpunkte in %2 Kategorien, %3 kritisch</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>Checklistenvorlagen</translation>
    </message>
    <message>
        <source>Save current checklist as template…</source>
        <translation>Aktuelle Checkliste als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not be read (left out):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konnte nicht gelesen werden (ausgelassen):&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Purchase price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Setup and installation</source>
        <translation>Einrichtung und Installation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Support and maintenance</source>
        <translation>Support und Wartung</translation>
    </message>
    <message>
        <source>Own time and effort</source>
        <translation>Eigene Zeit und Mühe</translation>
    </message>
    <message>
        <source>Business software</source>
        <translation>Unternehmenssoftware</translation>
    </message>
    <message>
        <source>Software for a team or the whole company, bought as a service or licence — compared honestly with building it in-house, extending what you already have, and doing nothing.</source>
        <translation>Software für ein Team oder das ganze Unternehmen, als Dienst oder Lizenz gekauft – ehrlich verglichen mit Eigenentwicklung, dem Ausbau des Vorhandenen und Nichtstun.</translation>
    </message>
    <message>
        <source>Head of the team that will use it</source>
        <translation>Leitung des Teams, das sie nutzen wird</translation>
    </message>
    <message>
        <source>owns the outcome and makes the call</source>
        <translation>verantwortet das Ergebnis und entscheidet</translation>
    </message>
    <message>
        <source>Budget holder (finance or department head)</source>
        <translation>Budgetverantwortliche (Finanzen oder Abteilungsleitung)</translation>
    </message>
    <message>
        <source>signs off the money</source>
        <translation>gibt das Geld frei</translation>
    </message>
    <message>
        <source>Two or three future daily users</source>
        <translation>Zwei oder drei künftige tägliche Nutzer</translation>
    </message>
    <message>
        <source>test usability and fit in real work</source>
        <translation>testen Bedienbarkeit und Eignung in der echten Arbeit</translation>
    </message>
    <message>
        <source>IT / enterprise architect</source>
        <translation>IT / Unternehmensarchitektur</translation>
    </message>
    <message>
        <source>integration, operations and exit</source>
        <translation>Integration, Betrieb und Ausstieg</translation>
    </message>
    <message>
        <source>Information security and data protection officer</source>
        <translation>Informationssicherheits- und Datenschutzbeauftragte</translation>
    </message>
    <message>
        <source>security and GDPR sign-off</source>
        <translation>Freigabe für Sicherheit und DSGVO</translation>
    </message>
    <message>
        <source>Procurement or purchasing</source>
        <translation>Beschaffung oder Einkauf</translation>
    </message>
    <message>
        <source>contract terms and the buying process</source>
        <translation>Vertragsbedingungen und Einkaufsprozess</translation>
    </message>
    <message>
        <source>Subscription or licence</source>
        <translation>Abonnement oder Lizenz</translation>
    </message>
    <message>
        <source>Implementation and configuration</source>
        <translation>Einführung und Konfiguration</translation>
    </message>
    <message>
        <source>Data migration</source>
        <translation>Datenmigration</translation>
    </message>
    <message>
        <source>Integration with our systems</source>
        <translation>Anbindung an unsere Systeme</translation>
    </message>
    <message>
        <source>Internal staff time</source>
        <translation>Interne Arbeitszeit</translation>
    </message>
    <message>
        <source>Internal running effort</source>
        <translation>Interner laufender Aufwand</translation>
    </message>
    <message>
        <source>Expected savings</source>
        <translation>Erwartete Einsparungen</translation>
    </message>
    <message>
        <source>Build in-house</source>
        <translation>Selbst entwickeln</translation>
    </message>
    <message>
        <source>Our own developers build it. Cost it with internal effort and running costs, not only the first version.</source>
        <translation>Unsere eigenen Entwickler bauen es. Rechnen Sie mit internem Aufwand und laufenden Kosten, nicht nur mit der ersten Version.</translation>
    </message>
    <message>
        <source>Extend what we have</source>
        <translation>Vorhandenes ausbauen</translation>
    </message>
    <message>
        <source>Add to the system or spreadsheets we already use. Often cheaper than it looks; check where it stops scaling.</source>
        <translation>Das System oder die Tabellen erweitern, die wir schon nutzen. Oft günstiger als gedacht; prüfen Sie, wo es an Grenzen stößt.</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Keep working as today. The baseline every other option must beat: what does not changing cost us?</source>
        <translation>Weiterarbeiten wie bisher. Die Basis, die jede andere Option schlagen muss: Was kostet es uns, nichts zu ändern?</translation>
    </message>
    <message>
        <source>Functional fit</source>
        <translation>Funktionale Eignung</translation>
    </message>
    <message>
        <source>Does it do what the team needs, today and in two years?</source>
        <translation>Leistet sie, was das Team braucht, heute und in zwei Jahren?</translation>
    </message>
    <message>
        <source>Covers our key processes</source>
        <translation>Deckt unsere Kernprozesse ab</translation>
    </message>
    <message>
        <source>Score against the must-do processes written in the need; a demo on our own data is the evidence.</source>
        <translation>Bewerten Sie anhand der unverzichtbaren Prozesse aus dem Bedarf; eine Vorführung mit unseren eigenen Daten ist der Nachweis.</translation>
    </message>
    <message>
        <source>Fits where we are heading</source>
        <translation>Passt zu unserer Richtung</translation>
    </message>
    <message>
        <source>Roadmap, configurability and room for the next two years.</source>
        <translation>Roadmap, Konfigurierbarkeit und Spielraum für die nächsten zwei Jahre.</translation>
    </message>
    <message>
        <source>Usability</source>
        <translation>Bedienbarkeit</translation>
    </message>
    <message>
        <source>Will people actually use it?</source>
        <translation>Werden die Leute sie tatsächlich nutzen?</translation>
    </message>
    <message>
        <source>Ease of daily use</source>
        <translation>Einfachheit im täglichen Gebrauch</translation>
    </message>
    <message>
        <source>Let two or three future users try the main tasks; score what they say.</source>
        <translation>Lassen Sie zwei oder drei künftige Nutzer die Hauptaufgaben ausprobieren; bewerten Sie, was sie sagen.</translation>
    </message>
    <message>
        <source>Administration effort</source>
        <translation>Verwaltungsaufwand</translation>
    </message>
    <message>
        <source>How much work it takes to keep users, roles and settings in order.</source>
        <translation>Wie viel Arbeit es kostet, Benutzer, Rollen und Einstellungen in Ordnung zu halten.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>How it fits with the systems we already run.</source>
        <translation>Wie sie zu den Systemen passt, die wir schon betreiben.</translation>
    </message>
    <message>
        <source>Integrates with our core systems</source>
        <translation>Lässt sich an unsere Kernsysteme anbinden</translation>
    </message>
    <message>
        <source>Standard connectors or an API for the systems it must talk to.</source>
        <translation>Standard-Konnektoren oder eine API für die Systeme, mit denen sie arbeiten muss.</translation>
    </message>
    <message>
        <source>Data import and export (no lock-in)</source>
        <translation>Datenimport und -export (keine Bindung)</translation>
    </message>
    <message>
        <source>Can we get all our data out, in a usable format, at any time?</source>
        <translation>Können wir jederzeit alle unsere Daten in einem brauchbaren Format herausholen?</translation>
    </message>
    <message>
        <source>Security &amp; compliance</source>
        <translation>Sicherheit &amp; Compliance</translation>
    </message>
    <message>
        <source>Keeping data safe and the company compliant.</source>
        <translation>Daten schützen und Vorschriften einhalten.</translation>
    </message>
    <message>
        <source>Meets our data-protection requirements</source>
        <translation>Erfüllt unsere Datenschutzanforderungen</translation>
    </message>
    <message>
        <source>GDPR, hosting location and a data processing agreement we can sign. Must have: an option that cannot meet them is out.</source>
        <translation>DSGVO, Hosting-Standort und ein Auftragsverarbeitungsvertrag, den wir unterschreiben können. Muss-Kriterium: Eine Option, die das nicht erfüllt, scheidet aus.</translation>
    </message>
    <message>
        <source>Security posture</source>
        <translation>Sicherheitsniveau</translation>
    </message>
    <message>
        <source>Single sign-on, MFA, attestations such as SOC 2 or ISO 27001, how vulnerabilities are handled.</source>
        <translation>Single Sign-on, MFA, Nachweise wie SOC 2 oder ISO 27001, der Umgang mit Schwachstellen.</translation>
    </message>
    <message>
        <source>Vendor viability</source>
        <translation>Zukunftsfähigkeit des Anbieters</translation>
    </message>
    <message>
        <source>Will the supplier (or our own team) still be there to carry it?</source>
        <translation>Wird der Anbieter (oder unser eigenes Team) noch da sein, um sie zu tragen?</translation>
    </message>
    <message>
        <source>Financial health and track record</source>
        <translation>Finanzielle Lage und Erfolgsbilanz</translation>
    </message>
    <message>
        <source>Accounts, ownership, references of our size. For build: will the team stay?</source>
        <translation>Abschlüsse, Eigentümer, Referenzen unserer Größe. Bei Eigenentwicklung: Bleibt das Team?</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Help when something breaks.</source>
        <translation>Hilfe, wenn etwas kaputtgeht.</translation>
    </message>
    <message>
        <source>Support quality and response times</source>
        <translation>Supportqualität und Reaktionszeiten</translation>
    </message>
    <message>
        <source>Service levels in the contract, support hours, what references say.</source>
        <translation>Service-Level im Vertrag, Supportzeiten, was Referenzen sagen.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What it costs over the whole horizon, not only the first year.</source>
        <translation>Was sie über den ganzen Zeitraum kostet, nicht nur im ersten Jahr.</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>Gesamtbetriebskosten</translation>
    </message>
    <message>
        <source>Total cost of ownership over the evaluation&apos;s horizon, taken from each option&apos;s costs.</source>
        <translation>Gesamtbetriebskosten über den Zeitraum der Bewertung, aus den Kosten jeder Option.</translation>
    </message>
    <message>
        <source>Time to results</source>
        <translation>Zeit bis zum Ergebnis</translation>
    </message>
    <message>
        <source>How soon the team gets the benefit.</source>
        <translation>Wie schnell das Team den Nutzen hat.</translation>
    </message>
    <message>
        <source>Weeks until the option delivers what we need, from each option&apos;s details.</source>
        <translation>Wochen, bis die Option liefert, was wir brauchen, aus den Angaben jeder Option.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Hardware and equipment</source>
        <translation>Hardware und Ausrüstung</translation>
    </message>
    <message>
        <source>Machines, devices and equipment for the business — compared with leasing, buying refurbished and keeping what you have.</source>
        <translation>Maschinen, Geräte und Ausrüstung für das Unternehmen – verglichen mit Leasing, generalüberholtem Kauf und dem Behalten des Vorhandenen.</translation>
    </message>
    <message>
        <source>Manager responsible for the operation</source>
        <translation>Verantwortliche Leitung des Betriebs</translation>
    </message>
    <message>
        <source>People who will operate it</source>
        <translation>Personen, die sie bedienen werden</translation>
    </message>
    <message>
        <source>fit, safety and training</source>
        <translation>Eignung, Sicherheit und Schulung</translation>
    </message>
    <message>
        <source>Maintenance or facilities</source>
        <translation>Instandhaltung oder Haustechnik</translation>
    </message>
    <message>
        <source>installation, service and spare parts</source>
        <translation>Aufstellung, Service und Ersatzteile</translation>
    </message>
    <message>
        <source>Budget holder</source>
        <translation>Budgetverantwortliche</translation>
    </message>
    <message>
        <source>Health and safety officer</source>
        <translation>Fachkraft für Arbeitssicherheit</translation>
    </message>
    <message>
        <source>safe operation and compliance</source>
        <translation>sicherer Betrieb und Einhaltung der Vorschriften</translation>
    </message>
    <message>
        <source>Delivery and installation</source>
        <translation>Lieferung und Aufstellung</translation>
    </message>
    <message>
        <source>Operator training</source>
        <translation>Schulung der Bediener</translation>
    </message>
    <message>
        <source>Maintenance contract</source>
        <translation>Wartungsvertrag</translation>
    </message>
    <message>
        <source>Energy and consumables</source>
        <translation>Energie und Verbrauchsmaterial</translation>
    </message>
    <message>
        <source>Lease payments</source>
        <translation>Leasingraten</translation>
    </message>
    <message>
        <source>Resale value at the end</source>
        <translation>Wiederverkaufswert am Ende</translation>
    </message>
    <message>
        <source>Keep and maintain what we have</source>
        <translation>Vorhandenes behalten und instand halten</translation>
    </message>
    <message>
        <source>The baseline: repair and service costs, downtime and the risk of a breakdown.</source>
        <translation>Die Basis: Reparatur- und Servicekosten, Ausfallzeiten und das Risiko eines Defekts.</translation>
    </message>
    <message>
        <source>Lease or rent instead</source>
        <translation>Stattdessen leasen oder mieten</translation>
    </message>
    <message>
        <source>Spreads the cost and moves maintenance to the lessor; check the total over the horizon.</source>
        <translation>Verteilt die Kosten und verlagert die Wartung zum Leasinggeber; prüfen Sie die Summe über den Zeitraum.</translation>
    </message>
    <message>
        <source>Fit and performance</source>
        <translation>Eignung und Leistung</translation>
    </message>
    <message>
        <source>Does it do the job we need?</source>
        <translation>Erledigt sie die Aufgabe, die wir brauchen?</translation>
    </message>
    <message>
        <source>Meets the specification</source>
        <translation>Erfüllt die Spezifikation</translation>
    </message>
    <message>
        <source>Capacity, precision and throughput against the written requirement.</source>
        <translation>Kapazität, Präzision und Durchsatz gemessen an der schriftlichen Anforderung.</translation>
    </message>
    <message>
        <source>Compatible with what we have</source>
        <translation>Passt zu unserem Bestand</translation>
    </message>
    <message>
        <source>Connections, consumables, space and power on our site.</source>
        <translation>Anschlüsse, Verbrauchsmaterial, Platz und Strom an unserem Standort.</translation>
    </message>
    <message>
        <source>Safety &amp; compliance</source>
        <translation>Sicherheit &amp; Compliance</translation>
    </message>
    <message>
        <source>Safe to run, and allowed to run.</source>
        <translation>Sicher im Betrieb und zum Betrieb zugelassen.</translation>
    </message>
    <message>
        <source>Certified safe for our use</source>
        <translation>Für unseren Einsatz als sicher zertifiziert</translation>
    </message>
    <message>
        <source>CE marking and declaration of conformity for how we will use it. Must have.</source>
        <translation>CE-Kennzeichnung und Konformitätserklärung für unseren Einsatz. Muss-Kriterium.</translation>
    </message>
    <message>
        <source>Ease and safety of operation</source>
        <translation>Einfache und sichere Bedienung</translation>
    </message>
    <message>
        <source>What operators say after a trial; training needed.</source>
        <translation>Was die Bediener nach einem Test sagen; nötige Schulung.</translation>
    </message>
    <message>
        <source>Reliability &amp; service</source>
        <translation>Zuverlässigkeit &amp; Service</translation>
    </message>
    <message>
        <source>Uptime over its life.</source>
        <translation>Verfügbarkeit über die Lebensdauer.</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Known failure rates, references, build quality.</source>
        <translation>Bekannte Ausfallraten, Referenzen, Verarbeitungsqualität.</translation>
    </message>
    <message>
        <source>Service and spare parts</source>
        <translation>Service und Ersatzteile</translation>
    </message>
    <message>
        <source>Response times, service network, how long parts are available.</source>
        <translation>Reaktionszeiten, Servicenetz, wie lange Teile verfügbar sind.</translation>
    </message>
    <message>
        <source>Everything it costs over its life.</source>
        <translation>Alles, was sie über ihre Lebensdauer kostet.</translation>
    </message>
    <message>
        <source>How soon it is running.</source>
        <translation>Wie schnell sie läuft.</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Consultants, agencies or contractors for a project — compared with doing it ourselves and not doing it now.</source>
        <translation>Berater, Agenturen oder Auftragnehmer für ein Projekt – verglichen damit, es selbst zu machen oder jetzt nicht zu machen.</translation>
    </message>
    <message>
        <source>Project sponsor</source>
        <translation>Auftraggeber des Projekts</translation>
    </message>
    <message>
        <source>Project lead who will work with the supplier</source>
        <translation>Projektleitung, die mit dem Anbieter arbeitet</translation>
    </message>
    <message>
        <source>Legal or data protection</source>
        <translation>Recht oder Datenschutz</translation>
    </message>
    <message>
        <source>contract, IP and confidentiality</source>
        <translation>Vertrag, geistiges Eigentum und Vertraulichkeit</translation>
    </message>
    <message>
        <source>Fixed fee or estimated days × day rate</source>
        <translation>Festpreis oder geschätzte Tage × Tagessatz</translation>
    </message>
    <message>
        <source>Expenses and travel</source>
        <translation>Spesen und Reisen</translation>
    </message>
    <message>
        <source>Retainer or follow-up support</source>
        <translation>Pauschale oder Nachbetreuung</translation>
    </message>
    <message>
        <source>Our own staff time</source>
        <translation>Arbeitszeit unserer Mitarbeiter</translation>
    </message>
    <message>
        <source>Do it ourselves</source>
        <translation>Selbst machen</translation>
    </message>
    <message>
        <source>Our own people do the work: count their time and what they will not do meanwhile.</source>
        <translation>Unsere eigenen Leute machen die Arbeit: Rechnen Sie ihre Zeit und das, was sie währenddessen nicht tun.</translation>
    </message>
    <message>
        <source>Do nothing now</source>
        <translation>Jetzt nichts tun</translation>
    </message>
    <message>
        <source>Postpone or drop the project: what does waiting cost?</source>
        <translation>Das Projekt verschieben oder fallen lassen: Was kostet das Warten?</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Can they do this well?</source>
        <translation>Können sie das gut?</translation>
    </message>
    <message>
        <source>Relevant experience</source>
        <translation>Einschlägige Erfahrung</translation>
    </message>
    <message>
        <source>Comparable projects in our sector and size; ask for case studies.</source>
        <translation>Vergleichbare Projekte in unserer Branche und Größe; fragen Sie nach Fallstudien.</translation>
    </message>
    <message>
        <source>Quality of the named team</source>
        <translation>Qualität des benannten Teams</translation>
    </message>
    <message>
        <source>The actual people who will do the work, not the sales team.</source>
        <translation>Die Personen, die die Arbeit tatsächlich machen, nicht das Vertriebsteam.</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>How they will do it.</source>
        <translation>Wie sie es machen werden.</translation>
    </message>
    <message>
        <source>Understanding of our problem</source>
        <translation>Verständnis unseres Problems</translation>
    </message>
    <message>
        <source>Does the proposal show they understood the need?</source>
        <translation>Zeigt das Angebot, dass sie den Bedarf verstanden haben?</translation>
    </message>
    <message>
        <source>Clear deliverables and acceptance</source>
        <translation>Klare Lieferergebnisse und Abnahme</translation>
    </message>
    <message>
        <source>A statement of work we can hold them to.</source>
        <translation>Eine Leistungsbeschreibung, auf die wir sie verpflichten können.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Contract and legal.</source>
        <translation>Vertrag und Recht.</translation>
    </message>
    <message>
        <source>We own the results</source>
        <translation>Die Ergebnisse gehören uns</translation>
    </message>
    <message>
        <source>Intellectual property of the work results passes to us. Must have.</source>
        <translation>Die Rechte an den Arbeitsergebnissen gehen auf uns über. Muss-Kriterium.</translation>
    </message>
    <message>
        <source>Flexibility of terms</source>
        <translation>Flexibilität der Bedingungen</translation>
    </message>
    <message>
        <source>Change requests, termination and handover.</source>
        <translation>Änderungswünsche, Kündigung und Übergabe.</translation>
    </message>
    <message>
        <source>The whole price, including our own effort.</source>
        <translation>Der ganze Preis, einschließlich unseres eigenen Aufwands.</translation>
    </message>
    <message>
        <source>When the work is done.</source>
        <translation>Wann die Arbeit erledigt ist.</translation>
    </message>
    <message>
        <source>Consumer electronics</source>
        <translation>Unterhaltungselektronik</translation>
    </message>
    <message>
        <source>A laptop, phone, TV, camera or headphones for yourself — including keeping or repairing what you have and buying refurbished.</source>
        <translation>Ein Laptop, Telefon, Fernseher, eine Kamera oder Kopfhörer für Sie selbst – einschließlich Behalten oder Reparieren des Vorhandenen und generalüberholtem Kauf.</translation>
    </message>
    <message>
        <source>Extended warranty or insurance</source>
        <translation>Garantieverlängerung oder Versicherung</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>Zubehör</translation>
    </message>
    <message>
        <source>Subscriptions or cloud storage</source>
        <translation>Abonnements oder Cloud-Speicher</translation>
    </message>
    <message>
        <source>Resale of the old device</source>
        <translation>Verkauf des alten Geräts</translation>
    </message>
    <message>
        <source>Keep and repair what I have</source>
        <translation>Vorhandenes behalten und reparieren</translation>
    </message>
    <message>
        <source>A new battery or screen may be enough for another year or two.</source>
        <translation>Ein neuer Akku oder Bildschirm reicht vielleicht für ein oder zwei weitere Jahre.</translation>
    </message>
    <message>
        <source>Buy refurbished</source>
        <translation>Generalüberholt kaufen</translation>
    </message>
    <message>
        <source>Often a third cheaper with a warranty; check who refurbished it and for how long it is covered.</source>
        <translation>Oft ein Drittel günstiger mit Garantie; prüfen Sie, wer es überholt hat und wie lange die Garantie läuft.</translation>
    </message>
    <message>
        <source>Everyday use</source>
        <translation>Alltagsgebrauch</translation>
    </message>
    <message>
        <source>What you will notice every day.</source>
        <translation>Was Sie jeden Tag merken werden.</translation>
    </message>
    <message>
        <source>Performance for what I do</source>
        <translation>Leistung für das, was ich tue</translation>
    </message>
    <message>
        <source>Try your real tasks, or read tests that do.</source>
        <translation>Probieren Sie Ihre echten Aufgaben aus oder lesen Sie Tests, die das tun.</translation>
    </message>
    <message>
        <source>Battery life</source>
        <translation>Akkulaufzeit</translation>
    </message>
    <message>
        <source>Independent tests, not the maker&apos;s figure.</source>
        <translation>Unabhängige Tests, nicht die Herstellerangabe.</translation>
    </message>
    <message>
        <source>Screen and sound</source>
        <translation>Bild und Ton</translation>
    </message>
    <message>
        <source>Comfort and ease of use</source>
        <translation>Komfort und einfache Bedienung</translation>
    </message>
    <message>
        <source>Keyboard, weight, size, software you like.</source>
        <translation>Tastatur, Gewicht, Größe, Software, die Ihnen gefällt.</translation>
    </message>
    <message>
        <source>Value and longevity</source>
        <translation>Preis-Leistung und Langlebigkeit</translation>
    </message>
    <message>
        <source>Will it last, and what will it cost?</source>
        <translation>Hält es lange, und was wird es kosten?</translation>
    </message>
    <message>
        <source>Build quality and repairability</source>
        <translation>Verarbeitung und Reparierbarkeit</translation>
    </message>
    <message>
        <source>Repair scores, spare parts, how long updates are promised.</source>
        <translation>Reparierbarkeitswerte, Ersatzteile, wie lange Updates zugesagt sind.</translation>
    </message>
    <message>
        <source>Price plus accessories, warranty and running costs, from the costs you enter.</source>
        <translation>Preis plus Zubehör, Garantie und laufende Kosten, aus den Kosten, die Sie eingeben.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>A new or used car for yourself or the family — including keeping your current car and leasing.</source>
        <translation>Ein neues oder gebrauchtes Auto für Sie oder die Familie – einschließlich Behalten des jetzigen Autos und Leasing.</translation>
    </message>
    <message>
        <source>Trade-in of the current car</source>
        <translation>Inzahlungnahme des jetzigen Autos</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Fuel or charging</source>
        <translation>Kraftstoff oder Laden</translation>
    </message>
    <message>
        <source>Servicing and tyres</source>
        <translation>Wartung und Reifen</translation>
    </message>
    <message>
        <source>Road tax</source>
        <translation>Kfz-Steuer</translation>
    </message>
    <message>
        <source>Keep my current car</source>
        <translation>Mein jetziges Auto behalten</translation>
    </message>
    <message>
        <source>Repairs and a higher fuel bill against years of no purchase price.</source>
        <translation>Reparaturen und höhere Spritkosten gegen Jahre ohne Kaufpreis.</translation>
    </message>
    <message>
        <source>Lease instead of buying</source>
        <translation>Leasen statt kaufen</translation>
    </message>
    <message>
        <source>Fixed monthly cost with servicing included; mind the mileage limit and end-of-lease charges.</source>
        <translation>Feste Monatskosten mit Wartung; achten Sie auf die Kilometergrenze und Kosten bei Leasingende.</translation>
    </message>
    <message>
        <source>Practicality</source>
        <translation>Alltagstauglichkeit</translation>
    </message>
    <message>
        <source>Does it fit your life?</source>
        <translation>Passt es zu Ihrem Leben?</translation>
    </message>
    <message>
        <source>Space for people and luggage</source>
        <translation>Platz für Personen und Gepäck</translation>
    </message>
    <message>
        <source>Comfort and driving</source>
        <translation>Komfort und Fahrverhalten</translation>
    </message>
    <message>
        <source>Take a long test drive on roads you use.</source>
        <translation>Machen Sie eine lange Probefahrt auf Straßen, die Sie nutzen.</translation>
    </message>
    <message>
        <source>Range or fuel economy</source>
        <translation>Reichweite oder Verbrauch</translation>
    </message>
    <message>
        <source>Real-world figures from owners or tests.</source>
        <translation>Praxiswerte von Besitzern oder aus Tests.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Safety rating</source>
        <translation>Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>Euro NCAP stars (or your region&apos;s crash-test rating).</source>
        <translation>Euro-NCAP-Sterne (oder die Crashtest-Bewertung Ihrer Region).</translation>
    </message>
    <message>
        <source>Cost and reliability</source>
        <translation>Kosten und Zuverlässigkeit</translation>
    </message>
    <message>
        <source>What it costs to own, not only to buy.</source>
        <translation>Was der Besitz kostet, nicht nur der Kauf.</translation>
    </message>
    <message>
        <source>Reliability record</source>
        <translation>Zuverlässigkeitsbilanz</translation>
    </message>
    <message>
        <source>Breakdown statistics and owner surveys for this model and year.</source>
        <translation>Pannenstatistiken und Besitzerumfragen für dieses Modell und Baujahr.</translation>
    </message>
    <message>
        <source>Purchase price, insurance, fuel, servicing and tax over the years you keep it, minus what you get back.</source>
        <translation>Kaufpreis, Versicherung, Kraftstoff, Wartung und Steuer über die Jahre, die Sie es behalten, abzüglich dessen, was Sie zurückbekommen.</translation>
    </message>
    <message>
        <source>Home appliance</source>
        <translation>Haushaltsgerät</translation>
    </message>
    <message>
        <source>A washing machine, fridge, oven or heat pump — including repairing the one you have.</source>
        <translation>Eine Waschmaschine, ein Kühlschrank, Backofen oder eine Wärmepumpe – einschließlich Reparatur des vorhandenen Geräts.</translation>
    </message>
    <message>
        <source>Delivery, installation and removal of the old one</source>
        <translation>Lieferung, Anschluss und Abholung des alten Geräts</translation>
    </message>
    <message>
        <source>Energy and water</source>
        <translation>Energie und Wasser</translation>
    </message>
    <message>
        <source>Extended warranty</source>
        <translation>Garantieverlängerung</translation>
    </message>
    <message>
        <source>Repair the current one</source>
        <translation>Das jetzige reparieren</translation>
    </message>
    <message>
        <source>Ask for a repair quote first; many faults are cheap to fix.</source>
        <translation>Holen Sie zuerst einen Kostenvoranschlag ein; viele Fehler sind günstig zu beheben.</translation>
    </message>
    <message>
        <source>Buy refurbished or ex-display</source>
        <translation>Generalüberholt oder als Ausstellungsstück kaufen</translation>
    </message>
    <message>
        <source>Same model for less; check the warranty and delivery terms.</source>
        <translation>Dasselbe Modell für weniger; prüfen Sie Garantie und Lieferbedingungen.</translation>
    </message>
    <message>
        <source>Does the job</source>
        <translation>Erfüllt seinen Zweck</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Independent test results for cleaning, cooling or heating.</source>
        <translation>Unabhängige Testergebnisse für Reinigen, Kühlen oder Heizen.</translation>
    </message>
    <message>
        <source>Capacity and fit</source>
        <translation>Fassungsvermögen und Passform</translation>
    </message>
    <message>
        <source>Fits the space and the household, measured.</source>
        <translation>Passt in den Platz und zum Haushalt, nachgemessen.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Decibels from the label or tests.</source>
        <translation>Dezibel laut Etikett oder Tests.</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Running and lasting</source>
        <translation>Betrieb und Haltbarkeit</translation>
    </message>
    <message>
        <source>Energy efficiency</source>
        <translation>Energieeffizienz</translation>
    </message>
    <message>
        <source>Energy label class and yearly use.</source>
        <translation>Energieeffizienzklasse und Jahresverbrauch.</translation>
    </message>
    <message>
        <source>Reliability and repairability</source>
        <translation>Zuverlässigkeit und Reparierbarkeit</translation>
    </message>
    <message>
        <source>Brand reliability surveys, spare parts availability.</source>
        <translation>Zuverlässigkeitsumfragen zur Marke, Verfügbarkeit von Ersatzteilen.</translation>
    </message>
    <message>
        <source>Price, delivery and energy over ten years, from the costs you enter.</source>
        <translation>Preis, Lieferung und Energie über zehn Jahre, aus den Kosten, die Sie eingeben.</translation>
    </message>
    <message>
        <source>Business software / SaaS</source>
        <translation>Unternehmenssoftware / SaaS</translation>
    </message>
    <message>
        <source>Vendor due diligence for business software bought as a service or licence: security, data protection, the vendor&apos;s health, references, contract, exit and implementation.</source>
        <translation>Anbieterprüfung für Unternehmenssoftware als Dienst oder Lizenz: Sicherheit, Datenschutz, Lage des Anbieters, Referenzen, Vertrag, Ausstieg und Einführung.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Security questionnaire returned and reviewed</source>
        <translation>Sicherheitsfragebogen zurückerhalten und geprüft</translation>
    </message>
    <message>
        <source>Send a standard questionnaire (e.g. CAIQ or SIG Lite) and review every &apos;no&apos; and &apos;partly&apos; with IT.</source>
        <translation>Senden Sie einen Standardfragebogen (z. B. CAIQ oder SIG Lite) und prüfen Sie jedes „nein“ und „teilweise“ mit der IT.</translation>
    </message>
    <message>
        <source>Independent security attestation</source>
        <translation>Unabhängiger Sicherheitsnachweis</translation>
    </message>
    <message>
        <source>Ask for a current SOC 2 Type II report or ISO/IEC 27001 certificate, check its scope and date.</source>
        <translation>Fordern Sie einen aktuellen SOC-2-Type-II-Bericht oder ein ISO/IEC-27001-Zertifikat an; prüfen Sie Geltungsbereich und Datum.</translation>
    </message>
    <message>
        <source>Single sign-on, MFA and role-based access</source>
        <translation>Single Sign-on, MFA und rollenbasierter Zugriff</translation>
    </message>
    <message>
        <source>Check SSO (SAML/OIDC) with our identity provider, enforced MFA and roles fine enough for our teams.</source>
        <translation>Prüfen Sie SSO (SAML/OIDC) mit unserem Identitätsanbieter, erzwungene MFA und Rollen, die fein genug für unsere Teams sind.</translation>
    </message>
    <message>
        <source>Penetration test and vulnerability handling</source>
        <translation>Penetrationstest und Umgang mit Schwachstellen</translation>
    </message>
    <message>
        <source>Ask for the latest external pentest summary and how fast critical vulnerabilities are fixed.</source>
        <translation>Fordern Sie die Zusammenfassung des letzten externen Pentests an und fragen Sie, wie schnell kritische Schwachstellen behoben werden.</translation>
    </message>
    <message>
        <source>Backups, restore tests and disaster recovery</source>
        <translation>Datensicherung, Wiederherstellungstests und Notfallwiederherstellung</translation>
    </message>
    <message>
        <source>Ask for backup frequency, the last restore test, and the recovery time and point objectives (RTO/RPO).</source>
        <translation>Fragen Sie nach der Sicherungshäufigkeit, dem letzten Wiederherstellungstest und den Wiederherstellungszielen (RTO/RPO).</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Data processing agreement (DPA)</source>
        <translation>Auftragsverarbeitungsvertrag (AVV)</translation>
    </message>
    <message>
        <source>Review the DPA against GDPR Art. 28: purpose, instructions, deletion, audit rights, breach notice.</source>
        <translation>Prüfen Sie den AVV gegen Art. 28 DSGVO: Zweck, Weisungen, Löschung, Prüfrechte, Meldung von Verletzungen.</translation>
    </message>
    <message>
        <source>Hosting location and international transfers</source>
        <translation>Hosting-Standort und internationale Übermittlungen</translation>
    </message>
    <message>
        <source>Confirm where data is stored and processed, and the legal basis for any transfer outside the EEA.</source>
        <translation>Lassen Sie bestätigen, wo Daten gespeichert und verarbeitet werden, und die Rechtsgrundlage jeder Übermittlung außerhalb des EWR.</translation>
    </message>
    <message>
        <source>Sub-processor list and change notice</source>
        <translation>Liste der Unterauftragsverarbeiter und Änderungsmitteilung</translation>
    </message>
    <message>
        <source>Get the list of sub-processors and the right to be told about, and object to, new ones.</source>
        <translation>Holen Sie die Liste der Unterauftragsverarbeiter ein und das Recht, über neue informiert zu werden und ihnen zu widersprechen.</translation>
    </message>
    <message>
        <source>Financial health</source>
        <translation>Finanzielle Lage</translation>
    </message>
    <message>
        <source>Financial statements and credit rating</source>
        <translation>Jahresabschlüsse und Bonität</translation>
    </message>
    <message>
        <source>Read the last two years&apos; accounts or a credit report: revenue trend, losses, cash runway.</source>
        <translation>Lesen Sie die Abschlüsse der letzten zwei Jahre oder eine Bonitätsauskunft: Umsatzentwicklung, Verluste, Liquiditätsreichweite.</translation>
    </message>
    <message>
        <source>Ownership, funding and change of control</source>
        <translation>Eigentümer, Finanzierung und Kontrollwechsel</translation>
    </message>
    <message>
        <source>Who owns the vendor, recent funding or acquisition rumours, and what happens to our contract if sold.</source>
        <translation>Wem der Anbieter gehört, jüngste Finanzierungen oder Übernahmegerüchte und was bei einem Verkauf mit unserem Vertrag geschieht.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Reference calls with comparable customers</source>
        <translation>Referenzgespräche mit vergleichbaren Kunden</translation>
    </message>
    <message>
        <source>Talk to at least two customers of our size and sector, chosen by us where possible, not only by the vendor.</source>
        <translation>Sprechen Sie mit mindestens zwei Kunden unserer Größe und Branche, möglichst von uns ausgewählt, nicht nur vom Anbieter.</translation>
    </message>
    <message>
        <source>Independent reviews and public incidents</source>
        <translation>Unabhängige Bewertungen und öffentliche Vorfälle</translation>
    </message>
    <message>
        <source>Search review sites, news and breach databases for outages, breaches and disputes in the last three years.</source>
        <translation>Durchsuchen Sie Bewertungsportale, Nachrichten und Datenleck-Datenbanken nach Ausfällen, Datenlecks und Streitigkeiten der letzten drei Jahre.</translation>
    </message>
    <message>
        <source>Contract and SLA</source>
        <translation>Vertrag und SLA</translation>
    </message>
    <message>
        <source>Availability SLA with service credits</source>
        <translation>Verfügbarkeits-SLA mit Gutschriften</translation>
    </message>
    <message>
        <source>Check the uptime commitment, how it is measured, maintenance windows and the credits if it is missed.</source>
        <translation>Prüfen Sie die Verfügbarkeitszusage, wie sie gemessen wird, Wartungsfenster und die Gutschriften, wenn sie verfehlt wird.</translation>
    </message>
    <message>
        <source>Term, renewal and price increases</source>
        <translation>Laufzeit, Verlängerung und Preiserhöhungen</translation>
    </message>
    <message>
        <source>Check minimum term, automatic renewal, notice period and a cap on price increases at renewal.</source>
        <translation>Prüfen Sie Mindestlaufzeit, automatische Verlängerung, Kündigungsfrist und eine Obergrenze für Preiserhöhungen bei Verlängerung.</translation>
    </message>
    <message>
        <source>Liability, indemnities and insurance</source>
        <translation>Haftung, Freistellungen und Versicherung</translation>
    </message>
    <message>
        <source>Compare the liability cap with the damage a breach could cause; ask for proof of cyber insurance.</source>
        <translation>Vergleichen Sie die Haftungsobergrenze mit dem Schaden, den ein Datenleck verursachen könnte; verlangen Sie einen Nachweis der Cyberversicherung.</translation>
    </message>
    <message>
        <source>Support levels and response times</source>
        <translation>Supportstufen und Reaktionszeiten</translation>
    </message>
    <message>
        <source>Check support hours, language, channels and response times per severity against our working hours.</source>
        <translation>Prüfen Sie Supportzeiten, Sprache, Kanäle und Reaktionszeiten je Schweregrad gegen unsere Arbeitszeiten.</translation>
    </message>
    <message>
        <source>Exit and data portability</source>
        <translation>Ausstieg und Datenübertragbarkeit</translation>
    </message>
    <message>
        <source>Complete data export in an open format</source>
        <translation>Vollständiger Datenexport in einem offenen Format</translation>
    </message>
    <message>
        <source>Confirm we can export all data, including attachments and history, in a documented format without fees.</source>
        <translation>Lassen Sie bestätigen, dass wir alle Daten einschließlich Anhängen und Verlauf kostenlos in einem dokumentierten Format exportieren können.</translation>
    </message>
    <message>
        <source>Termination assistance and data deletion</source>
        <translation>Unterstützung bei Vertragsende und Datenlöschung</translation>
    </message>
    <message>
        <source>Check post-termination access period, help with migration, and a deletion certificate at the end.</source>
        <translation>Prüfen Sie die Zugriffsfrist nach Vertragsende, Hilfe bei der Migration und eine Löschbestätigung am Ende.</translation>
    </message>
    <message>
        <source>Lock-in: proprietary features and integrations</source>
        <translation>Bindung: proprietäre Funktionen und Integrationen</translation>
    </message>
    <message>
        <source>List what would have to be rebuilt elsewhere (workflows, custom objects, integrations) if we leave.</source>
        <translation>Listen Sie auf, was anderswo neu gebaut werden müsste (Abläufe, eigene Objekte, Integrationen), wenn wir wechseln.</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Implementation plan, effort and partner</source>
        <translation>Einführungsplan, Aufwand und Partner</translation>
    </message>
    <message>
        <source>Get a written plan with phases, our own effort in days, and who does the work (vendor or partner).</source>
        <translation>Holen Sie einen schriftlichen Plan mit Phasen, unserem eigenen Aufwand in Tagen und wer die Arbeit macht (Anbieter oder Partner).</translation>
    </message>
    <message>
        <source>Integration with our existing systems</source>
        <translation>Anbindung an unsere bestehenden Systeme</translation>
    </message>
    <message>
        <source>Verify APIs or connectors for the systems we must connect, ideally in a proof of concept with real data.</source>
        <translation>Prüfen Sie APIs oder Konnektoren für die anzubindenden Systeme, am besten in einem Machbarkeitsnachweis mit echten Daten.</translation>
    </message>
    <message>
        <source>Data migration approach</source>
        <translation>Vorgehen bei der Datenmigration</translation>
    </message>
    <message>
        <source>Agree who cleans, maps and migrates existing data, and how the result is checked before go-live.</source>
        <translation>Vereinbaren Sie, wer bestehende Daten bereinigt, zuordnet und migriert und wie das Ergebnis vor dem Start geprüft wird.</translation>
    </message>
    <message>
        <source>Training and adoption support</source>
        <translation>Schulung und Unterstützung bei der Einführung</translation>
    </message>
    <message>
        <source>Check training material, admin training and in-app help for the people who will use it every day.</source>
        <translation>Prüfen Sie Schulungsmaterial, Administratorschulung und Hilfe in der App für die Personen, die sie täglich nutzen werden.</translation>
    </message>
    <message>
        <source>Buying machines, devices or equipment: fit, safety and compliance, warranty and service, delivery, running costs and end of life.</source>
        <translation>Kauf von Maschinen, Geräten oder Ausrüstung: Eignung, Sicherheit und Vorschriften, Garantie und Service, Lieferung, laufende Kosten und Lebensende.</translation>
    </message>
    <message>
        <source>Fit and specification</source>
        <translation>Eignung und Spezifikation</translation>
    </message>
    <message>
        <source>Specification matches the requirement</source>
        <translation>Spezifikation entspricht der Anforderung</translation>
    </message>
    <message>
        <source>Compare the datasheet line by line with our requirements, including capacity at peak load.</source>
        <translation>Vergleichen Sie das Datenblatt Zeile für Zeile mit unseren Anforderungen, einschließlich der Kapazität bei Spitzenlast.</translation>
    </message>
    <message>
        <source>Trial, demo or test on our site</source>
        <translation>Test, Vorführung oder Probe bei uns vor Ort</translation>
    </message>
    <message>
        <source>See the equipment working with our materials, space and people before signing, or agree a trial period.</source>
        <translation>Sehen Sie die Ausrüstung vor der Unterschrift mit unseren Materialien, Räumen und Leuten arbeiten oder vereinbaren Sie eine Probezeit.</translation>
    </message>
    <message>
        <source>Compatibility with what we already have</source>
        <translation>Verträglichkeit mit unserem Bestand</translation>
    </message>
    <message>
        <source>Check power, connectors, software, consumables and accessories against our existing equipment.</source>
        <translation>Prüfen Sie Strom, Anschlüsse, Software, Verbrauchsmaterial und Zubehör gegen unsere vorhandene Ausrüstung.</translation>
    </message>
    <message>
        <source>Safety and compliance</source>
        <translation>Sicherheit und Vorschriften</translation>
    </message>
    <message>
        <source>CE marking and declaration of conformity</source>
        <translation>CE-Kennzeichnung und Konformitätserklärung</translation>
    </message>
    <message>
        <source>Ask for the EU declaration of conformity and check the CE marking covers the directives that apply.</source>
        <translation>Fordern Sie die EU-Konformitätserklärung an und prüfen Sie, ob die CE-Kennzeichnung die geltenden Richtlinien abdeckt.</translation>
    </message>
    <message>
        <source>Operating safety and required training</source>
        <translation>Betriebssicherheit und nötige Schulung</translation>
    </message>
    <message>
        <source>Check safety devices, the risk assessment we must do, and any licences or training operators need.</source>
        <translation>Prüfen Sie Schutzeinrichtungen, die Gefährdungsbeurteilung, die wir erstellen müssen, und nötige Befähigungen oder Schulungen der Bediener.</translation>
    </message>
    <message>
        <source>Environmental and workplace rules</source>
        <translation>Umwelt- und Arbeitsplatzvorschriften</translation>
    </message>
    <message>
        <source>Check noise, emissions, energy labels and any permits needed to install and run it.</source>
        <translation>Prüfen Sie Lärm, Emissionen, Energielabel und nötige Genehmigungen für Aufstellung und Betrieb.</translation>
    </message>
    <message>
        <source>Warranty and service</source>
        <translation>Garantie und Service</translation>
    </message>
    <message>
        <source>Warranty length, scope and exclusions</source>
        <translation>Garantiedauer, Umfang und Ausschlüsse</translation>
    </message>
    <message>
        <source>Read what the warranty covers (parts, labour, travel), its length and what voids it.</source>
        <translation>Lesen Sie, was die Garantie abdeckt (Teile, Arbeit, Anfahrt), wie lange sie gilt und wodurch sie erlischt.</translation>
    </message>
    <message>
        <source>Service network and response times</source>
        <translation>Servicenetz und Reaktionszeiten</translation>
    </message>
    <message>
        <source>Ask where the nearest service technicians are and the guaranteed time to repair after a breakdown.</source>
        <translation>Fragen Sie, wo die nächsten Servicetechniker sitzen und welche Reparaturzeit nach einem Ausfall garantiert wird.</translation>
    </message>
    <message>
        <source>Spare parts availability</source>
        <translation>Verfügbarkeit von Ersatzteilen</translation>
    </message>
    <message>
        <source>Get a written commitment on how many years spare parts stay available and their typical prices.</source>
        <translation>Lassen Sie sich schriftlich zusagen, wie viele Jahre Ersatzteile verfügbar bleiben und zu welchen üblichen Preisen.</translation>
    </message>
    <message>
        <source>Maintenance schedule and cost</source>
        <translation>Wartungsplan und -kosten</translation>
    </message>
    <message>
        <source>Ask for the recommended maintenance intervals, who may do them without voiding the warranty, and the cost.</source>
        <translation>Fragen Sie nach den empfohlenen Wartungsintervallen, wer sie ohne Garantieverlust durchführen darf, und nach den Kosten.</translation>
    </message>
    <message>
        <source>Delivery date, transport and site preparation</source>
        <translation>Liefertermin, Transport und Vorbereitung vor Ort</translation>
    </message>
    <message>
        <source>Confirm the delivery date with a penalty for delay, transport risk, and what our site must provide.</source>
        <translation>Lassen Sie den Liefertermin mit Vertragsstrafe bei Verzug, das Transportrisiko und die Anforderungen an unseren Standort bestätigen.</translation>
    </message>
    <message>
        <source>Installation, commissioning and acceptance test</source>
        <translation>Aufstellung, Inbetriebnahme und Abnahmetest</translation>
    </message>
    <message>
        <source>Agree who installs and commissions it, and the acceptance test that must pass before final payment.</source>
        <translation>Vereinbaren Sie, wer aufstellt und in Betrieb nimmt, und den Abnahmetest, der vor der Schlusszahlung bestanden sein muss.</translation>
    </message>
    <message>
        <source>Running costs</source>
        <translation>Laufende Kosten</translation>
    </message>
    <message>
        <source>Energy use and consumables</source>
        <translation>Energieverbrauch und Verbrauchsmaterial</translation>
    </message>
    <message>
        <source>Estimate yearly energy, consumables and wear parts at our expected usage.</source>
        <translation>Schätzen Sie jährliche Energie, Verbrauchsmaterial und Verschleißteile bei unserer erwarteten Nutzung.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Supplier stability and references</source>
        <translation>Stabilität und Referenzen des Lieferanten</translation>
    </message>
    <message>
        <source>Check the supplier&apos;s accounts or credit report and talk to at least one customer using the same model.</source>
        <translation>Prüfen Sie die Abschlüsse oder eine Bonitätsauskunft des Lieferanten und sprechen Sie mit mindestens einem Kunden, der dasselbe Modell nutzt.</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Lebensende</translation>
    </message>
    <message>
        <source>Expected lifetime, resale and disposal</source>
        <translation>Erwartete Lebensdauer, Wiederverkauf und Entsorgung</translation>
    </message>
    <message>
        <source>Ask for the expected service life, typical resale value and who takes it back at the end (WEEE).</source>
        <translation>Fragen Sie nach der erwarteten Nutzungsdauer, dem üblichen Wiederverkaufswert und wer sie am Ende zurücknimmt (WEEE/ElektroG).</translation>
    </message>
    <message>
        <source>Hiring consultants, agencies or contractors: competence, references, scope, commercial terms, confidentiality and the people who will actually do the work.</source>
        <translation>Beauftragung von Beratern, Agenturen oder Auftragnehmern: Kompetenz, Referenzen, Umfang, kaufmännische Bedingungen, Vertraulichkeit und die Personen, die die Arbeit tatsächlich machen.</translation>
    </message>
    <message>
        <source>Relevant experience in comparable projects</source>
        <translation>Einschlägige Erfahrung in vergleichbaren Projekten</translation>
    </message>
    <message>
        <source>Ask for two or three comparable projects with scope, size and outcome, not only logos.</source>
        <translation>Fragen Sie nach zwei oder drei vergleichbaren Projekten mit Umfang, Größe und Ergebnis, nicht nur nach Logos.</translation>
    </message>
    <message>
        <source>Qualifications and certifications</source>
        <translation>Qualifikationen und Zertifizierungen</translation>
    </message>
    <message>
        <source>Check the certifications, licences or professional memberships the work requires.</source>
        <translation>Prüfen Sie die Zertifizierungen, Zulassungen oder Berufsmitgliedschaften, die die Arbeit erfordert.</translation>
    </message>
    <message>
        <source>Reference calls with past clients</source>
        <translation>Referenzgespräche mit früheren Kunden</translation>
    </message>
    <message>
        <source>Call at least two past clients: was it on time, on budget, and would they hire them again?</source>
        <translation>Rufen Sie mindestens zwei frühere Kunden an: War es pünktlich, im Budget, und würden sie sie wieder beauftragen?</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Named people and their CVs</source>
        <translation>Benannte Personen und ihre Lebensläufe</translation>
    </message>
    <message>
        <source>Get the names and CVs of the people who will do the work and a commitment on who stays throughout.</source>
        <translation>Holen Sie Namen und Lebensläufe der Personen ein, die die Arbeit machen, und eine Zusage, wer durchgehend bleibt.</translation>
    </message>
    <message>
        <source>Key-person and replacement terms</source>
        <translation>Schlüsselpersonen und Ersatzregeln</translation>
    </message>
    <message>
        <source>Agree that key people are only replaced with our consent and by someone equally qualified.</source>
        <translation>Vereinbaren Sie, dass Schlüsselpersonen nur mit unserer Zustimmung und durch gleich qualifizierte ersetzt werden.</translation>
    </message>
    <message>
        <source>Subcontractors</source>
        <translation>Subunternehmer</translation>
    </message>
    <message>
        <source>Ask whether any part is subcontracted, to whom, and make the supplier responsible for them.</source>
        <translation>Fragen Sie, ob Teile an Subunternehmer gehen, an wen, und machen Sie den Anbieter für sie verantwortlich.</translation>
    </message>
    <message>
        <source>Scope and deliverables</source>
        <translation>Umfang und Lieferergebnisse</translation>
    </message>
    <message>
        <source>Statement of work with clear deliverables</source>
        <translation>Leistungsbeschreibung mit klaren Lieferergebnissen</translation>
    </message>
    <message>
        <source>Check that every deliverable, its format and its deadline is written down, and what is out of scope.</source>
        <translation>Prüfen Sie, dass jedes Lieferergebnis, sein Format und seine Frist schriftlich festgehalten sind, und was nicht zum Umfang gehört.</translation>
    </message>
    <message>
        <source>Acceptance criteria and sign-off</source>
        <translation>Abnahmekriterien und Freigabe</translation>
    </message>
    <message>
        <source>Agree how each deliverable is accepted or rejected, and how many rounds of corrections are included.</source>
        <translation>Vereinbaren Sie, wie jedes Lieferergebnis abgenommen oder abgelehnt wird und wie viele Korrekturrunden enthalten sind.</translation>
    </message>
    <message>
        <source>Commercial terms</source>
        <translation>Kaufmännische Bedingungen</translation>
    </message>
    <message>
        <source>Pricing model and change requests</source>
        <translation>Preismodell und Änderungswünsche</translation>
    </message>
    <message>
        <source>Fixed price, time and materials or capped: check day rates, expenses and how changes are priced.</source>
        <translation>Festpreis, nach Aufwand oder mit Obergrenze: Prüfen Sie Tagessätze, Spesen und wie Änderungen berechnet werden.</translation>
    </message>
    <message>
        <source>Payment milestones tied to deliverables</source>
        <translation>Zahlungsmeilensteine an Lieferergebnisse gebunden</translation>
    </message>
    <message>
        <source>Link payments to accepted deliverables rather than to dates, and keep a final retention.</source>
        <translation>Binden Sie Zahlungen an abgenommene Lieferergebnisse statt an Termine und behalten Sie einen Schlusseinbehalt.</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Ownership of work results and intellectual property</source>
        <translation>Eigentum an Arbeitsergebnissen und geistiges Eigentum</translation>
    </message>
    <message>
        <source>Make sure we own, or have a perpetual licence to, everything produced for us, including source files.</source>
        <translation>Stellen Sie sicher, dass uns alles für uns Erstellte gehört oder wir eine unbefristete Lizenz daran haben, einschließlich der Quelldateien.</translation>
    </message>
    <message>
        <source>Confidentiality and data protection</source>
        <translation>Vertraulichkeit und Datenschutz</translation>
    </message>
    <message>
        <source>Sign an NDA; if they handle personal data, a data processing agreement as well.</source>
        <translation>Unterzeichnen Sie eine Geheimhaltungsvereinbarung; wenn personenbezogene Daten verarbeitet werden, auch einen Auftragsverarbeitungsvertrag.</translation>
    </message>
    <message>
        <source>Professional indemnity insurance</source>
        <translation>Berufshaftpflichtversicherung</translation>
    </message>
    <message>
        <source>Ask for a certificate of professional indemnity insurance with a sum that matches the project&apos;s risk.</source>
        <translation>Verlangen Sie einen Nachweis der Berufshaftpflichtversicherung mit einer Deckungssumme, die zum Risiko des Projekts passt.</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Interessenkonflikte</translation>
    </message>
    <message>
        <source>Ask whether they work for competitors or for the vendors they might recommend to us.</source>
        <translation>Fragen Sie, ob sie für Wettbewerber arbeiten oder für die Anbieter, die sie uns empfehlen könnten.</translation>
    </message>
    <message>
        <source>Termination and handover</source>
        <translation>Kündigung und Übergabe</translation>
    </message>
    <message>
        <source>Check notice periods, payment for work done, and the handover of all material if we end early.</source>
        <translation>Prüfen Sie Kündigungsfristen, die Bezahlung geleisteter Arbeit und die Übergabe aller Unterlagen bei vorzeitigem Ende.</translation>
    </message>
    <message>
        <source>Supplier&apos;s financial stability</source>
        <translation>Finanzielle Stabilität des Anbieters</translation>
    </message>
    <message>
        <source>Check a credit report or accounts, especially for small firms or long engagements.</source>
        <translation>Prüfen Sie eine Bonitätsauskunft oder die Abschlüsse, besonders bei kleinen Firmen oder langen Aufträgen.</translation>
    </message>
    <message>
        <source>Consumer purchase</source>
        <translation>Privatkauf</translation>
    </message>
    <message>
        <source>Buying something for yourself (a laptop, a car, an appliance): warranty, returns, the seller, running costs and whether the price is right.</source>
        <translation>Etwas für sich selbst kaufen (einen Laptop, ein Auto, ein Gerät): Garantie, Rückgabe, der Verkäufer, laufende Kosten und ob der Preis stimmt.</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Warranty terms and length</source>
        <translation>Garantiebedingungen und -dauer</translation>
    </message>
    <message>
        <source>Read what the manufacturer&apos;s warranty covers, for how long, and whether it is on-site or send-in.</source>
        <translation>Lesen Sie, was die Herstellergarantie abdeckt, wie lange, und ob sie vor Ort oder per Einsendung gilt.</translation>
    </message>
    <message>
        <source>Extended warranty or insurance: worth it?</source>
        <translation>Garantieverlängerung oder Versicherung: lohnt es sich?</translation>
    </message>
    <message>
        <source>Compare the price of extra cover with the likely repair cost; check what your credit card already covers.</source>
        <translation>Vergleichen Sie den Preis des Zusatzschutzes mit den wahrscheinlichen Reparaturkosten; prüfen Sie, was Ihre Kreditkarte schon abdeckt.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
    <message>
        <source>Return window and conditions</source>
        <translation>Rückgabefrist und -bedingungen</translation>
    </message>
    <message>
        <source>Check how many days you have to return it, who pays return shipping, and any restocking fee.</source>
        <translation>Prüfen Sie, wie viele Tage Sie für die Rückgabe haben, wer den Rückversand zahlt und ob eine Wiedereinlagerungsgebühr anfällt.</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Seller reputation</source>
        <translation>Ruf des Verkäufers</translation>
    </message>
    <message>
        <source>Look up reviews of the seller (not only the product), complaints and how they handle disputes.</source>
        <translation>Suchen Sie Bewertungen des Verkäufers (nicht nur des Produkts), Beschwerden und wie er mit Streitfällen umgeht.</translation>
    </message>
    <message>
        <source>Authorised dealer and genuine product</source>
        <translation>Autorisierter Händler und Originalware</translation>
    </message>
    <message>
        <source>Make sure the seller is authorised, so the product is genuine and the warranty is valid in your country.</source>
        <translation>Stellen Sie sicher, dass der Verkäufer autorisiert ist, damit das Produkt echt ist und die Garantie in Ihrem Land gilt.</translation>
    </message>
    <message>
        <source>Delivery time and condition on arrival</source>
        <translation>Lieferzeit und Zustand bei Ankunft</translation>
    </message>
    <message>
        <source>Check the delivery date, tracking, and what to do if it arrives damaged.</source>
        <translation>Prüfen Sie Liefertermin, Sendungsverfolgung und was zu tun ist, wenn es beschädigt ankommt.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price compared across sellers and over time</source>
        <translation>Preis im Vergleich der Verkäufer und über die Zeit</translation>
    </message>
    <message>
        <source>Compare at least three sellers and a price history; check whether a new model is about to launch.</source>
        <translation>Vergleichen Sie mindestens drei Verkäufer und einen Preisverlauf; prüfen Sie, ob bald ein neues Modell erscheint.</translation>
    </message>
    <message>
        <source>Payment method with buyer protection</source>
        <translation>Zahlungsart mit Käuferschutz</translation>
    </message>
    <message>
        <source>Pay by a method that lets you get your money back if it never arrives (credit card, protected payment).</source>
        <translation>Zahlen Sie so, dass Sie Ihr Geld zurückbekommen, wenn nichts ankommt (Kreditkarte, Zahlung mit Käuferschutz).</translation>
    </message>
    <message>
        <source>Running costs per year</source>
        <translation>Laufende Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Estimate energy, consumables, subscriptions, insurance or servicing you will pay each year.</source>
        <translation>Schätzen Sie Energie, Verbrauchsmaterial, Abonnements, Versicherung oder Wartung, die Sie jedes Jahr zahlen werden.</translation>
    </message>
    <message>
        <source>Spare parts and repair prices</source>
        <translation>Ersatzteile und Reparaturpreise</translation>
    </message>
    <message>
        <source>Look up the price of the parts that wear out (battery, tyres, filters) and whether repairs are possible.</source>
        <translation>Schauen Sie nach dem Preis der Verschleißteile (Akku, Reifen, Filter) und ob Reparaturen möglich sind.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Independent reviews and known problems</source>
        <translation>Unabhängige Tests und bekannte Probleme</translation>
    </message>
    <message>
        <source>Read independent tests and owner forums for common faults with this exact model.</source>
        <translation>Lesen Sie unabhängige Tests und Besitzerforen zu häufigen Fehlern genau dieses Modells.</translation>
    </message>
    <message>
        <source>Safety recalls</source>
        <translation>Sicherheitsrückrufe</translation>
    </message>
    <message>
        <source>Search the manufacturer&apos;s and authorities&apos; recall lists for this model.</source>
        <translation>Durchsuchen Sie die Rückruflisten des Herstellers und der Behörden nach diesem Modell.</translation>
    </message>
    <message>
        <source>Fits your needs and space</source>
        <translation>Passt zu Ihrem Bedarf und Platz</translation>
    </message>
    <message>
        <source>Measure size, weight and connections; try it in a shop if you can.</source>
        <translation>Messen Sie Größe, Gewicht und Anschlüsse; probieren Sie es wenn möglich im Geschäft aus.</translation>
    </message>
    <message>
        <source>Software updates and support period</source>
        <translation>Software-Updates und Supportzeitraum</translation>
    </message>
    <message>
        <source>For devices: how many years of security updates does the manufacturer promise?</source>
        <translation>Bei Geräten: Wie viele Jahre Sicherheitsupdates verspricht der Hersteller?</translation>
    </message>
    <message>
        <source>Resale value and disposal</source>
        <translation>Wiederverkaufswert und Entsorgung</translation>
    </message>
    <message>
        <source>Check typical resale prices after a few years and whether the seller takes the old one back.</source>
        <translation>Prüfen Sie übliche Wiederverkaufspreise nach einigen Jahren und ob der Verkäufer das alte Gerät zurücknimmt.</translation>
    </message>
    <message>
        <source>SaaS security and data protection</source>
        <translation>SaaS: Sicherheit und Datenschutz</translation>
    </message>
    <message>
        <source>What to ask a vendor of software bought as a service: certifications, access control, vulnerabilities, backups, where data lives, the DPA, sub-processors, availability and getting your data out again.</source>
        <translation>Was Sie einen Anbieter von Software als Dienst fragen sollten: Zertifizierungen, Zugriffsschutz, Schwachstellen, Datensicherung, Speicherort der Daten, AV-Vertrag, Unterauftragsverarbeiter, Verfügbarkeit und wie Sie Ihre Daten wieder herausbekommen.</translation>
    </message>
    <message>
        <source>Do you hold a current SOC 2 Type II report or ISO/IEC 27001 certificate covering this product? Please attach the report or certificate.</source>
        <translation>Verfügen Sie über einen aktuellen SOC-2-Typ-II-Bericht oder ein ISO/IEC-27001-Zertifikat, das dieses Produkt abdeckt? Bitte hängen Sie den Bericht oder das Zertifikat an.</translation>
    </message>
    <message>
        <source>Does the product support single sign-on (SAML 2.0 or OpenID Connect) and enforce multi-factor authentication for every user?</source>
        <translation>Unterstützt das Produkt Single Sign-on (SAML 2.0 oder OpenID Connect) und erzwingt es die Mehr-Faktor-Authentifizierung für jeden Benutzer?</translation>
    </message>
    <message>
        <source>Encryption at rest and in transit</source>
        <translation>Verschlüsselung bei Speicherung und Übertragung</translation>
    </message>
    <message>
        <source>Is all customer data encrypted at rest and in transit (TLS 1.2 or later)?</source>
        <translation>Werden alle Kundendaten bei der Speicherung und bei der Übertragung (TLS 1.2 oder neuer) verschlüsselt?</translation>
    </message>
    <message>
        <source>When was the product last tested by an independent penetration tester? Please attach the summary of the findings.</source>
        <translation>Wann wurde das Produkt zuletzt von einem unabhängigen Penetrationstester geprüft? Bitte hängen Sie die Zusammenfassung der Ergebnisse an.</translation>
    </message>
    <message>
        <source>Time to fix critical vulnerabilities</source>
        <translation>Zeit bis zur Behebung kritischer Schwachstellen</translation>
    </message>
    <message>
        <source>Within how many days do you fix a critical vulnerability in the product?</source>
        <translation>Innerhalb wie vieler Tage beheben Sie eine kritische Schwachstelle im Produkt?</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Security incidents in the last three years</source>
        <translation>Sicherheitsvorfälle in den letzten drei Jahren</translation>
    </message>
    <message>
        <source>Have you had a security incident affecting customer data in the last three years? If yes, please describe it in the comment.</source>
        <translation>Hatten Sie in den letzten drei Jahren einen Sicherheitsvorfall, der Kundendaten betraf? Wenn ja, beschreiben Sie ihn bitte im Kommentar.</translation>
    </message>
    <message>
        <source>How often do you back up customer data, and when did you last test a full restore?</source>
        <translation>Wie oft sichern Sie Kundendaten, und wann haben Sie zuletzt eine vollständige Wiederherstellung getestet?</translation>
    </message>
    <message>
        <source>Recovery time objective</source>
        <translation>Wiederanlaufzeit</translation>
    </message>
    <message>
        <source>What is your recovery time objective (RTO) after a disaster, in hours?</source>
        <translation>Wie lang ist Ihre Wiederanlaufzeit (RTO) nach einem Notfall, in Stunden?</translation>
    </message>
    <message>
        <source>Is all customer data stored and processed only within the EU/EEA (EU data residency), including backups and support access?</source>
        <translation>Werden alle Kundendaten ausschließlich in der EU bzw. im EWR gespeichert und verarbeitet (Datenhaltung in der EU), einschließlich Sicherungen und Supportzugriffen?</translation>
    </message>
    <message>
        <source>Will you sign a data processing agreement under GDPR Art. 28? Please attach your standard DPA.</source>
        <translation>Unterzeichnen Sie einen Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO? Bitte hängen Sie Ihren Standard-AV-Vertrag an.</translation>
    </message>
    <message>
        <source>Please attach your current list of sub-processors. Do you notify customers before adding a new one (say so in the comment)?</source>
        <translation>Bitte hängen Sie Ihre aktuelle Liste der Unterauftragsverarbeiter an. Informieren Sie Kunden, bevor Sie einen neuen hinzunehmen (bitte im Kommentar angeben)?</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragter</translation>
    </message>
    <message>
        <source>Who is your data protection officer or contact for data protection (name and e-mail)?</source>
        <translation>Wer ist Ihr Datenschutzbeauftragter bzw. Ansprechpartner für den Datenschutz (Name und E-Mail)?</translation>
    </message>
    <message>
        <source>What monthly availability does your service level agreement commit to?</source>
        <translation>Welche monatliche Verfügbarkeit sichert Ihr Service-Level-Agreement zu?</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Within how many hours do you respond to a critical support request?</source>
        <translation>Innerhalb wie vieler Stunden reagieren Sie auf eine kritische Supportanfrage?</translation>
    </message>
    <message>
        <source>Can we export all our data at any time in an open, documented format (such as CSV or JSON) without extra charge?</source>
        <translation>Können wir jederzeit alle unsere Daten in einem offenen, dokumentierten Format (etwa CSV oder JSON) ohne Aufpreis exportieren?</translation>
    </message>
    <message>
        <source>Within how many days after the end of the contract do you delete all our data, including backups?</source>
        <translation>Innerhalb wie vieler Tage nach Vertragsende löschen Sie alle unsere Daten, einschließlich der Sicherungen?</translation>
    </message>
    <message>
        <source>What to ask a supplier of machines, devices and equipment: conformity, warranty, service, spare parts, delivery and running costs.</source>
        <translation>Was Sie einen Lieferanten von Maschinen, Geräten und Ausstattung fragen sollten: Konformität, Gewährleistung, Service, Ersatzteile, Lieferung und Betriebskosten.</translation>
    </message>
    <message>
        <source>Please attach the EU declaration of conformity (CE) for the offered model.</source>
        <translation>Bitte hängen Sie die EU-Konformitätserklärung (CE) für das angebotene Modell an.</translation>
    </message>
    <message>
        <source>What training do operators need before using the equipment safely, and is it included in the offer?</source>
        <translation>Welche Schulung brauchen Bediener, um das Gerät sicher zu nutzen, und ist sie im Angebot enthalten?</translation>
    </message>
    <message>
        <source>How many months of warranty do you give on the whole equipment, parts and labour included?</source>
        <translation>Wie viele Monate Garantie geben Sie auf das gesamte Gerät, Teile und Arbeitszeit eingeschlossen?</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Within how many hours does a technician arrive on site after a breakdown is reported?</source>
        <translation>Innerhalb wie vieler Stunden ist nach einer Störungsmeldung ein Techniker vor Ort?</translation>
    </message>
    <message>
        <source>For how many years after purchase do you guarantee spare parts?</source>
        <translation>Wie viele Jahre nach dem Kauf garantieren Sie die Lieferung von Ersatzteilen?</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Please attach the maintenance schedule and the yearly maintenance price.</source>
        <translation>Bitte hängen Sie den Wartungsplan und den jährlichen Wartungspreis an.</translation>
    </message>
    <message>
        <source>What is the earliest delivery date you can commit to?</source>
        <translation>Welchen frühesten Liefertermin können Sie zusagen?</translation>
    </message>
    <message>
        <source>Are installation, commissioning and an acceptance test on our site included in the price?</source>
        <translation>Sind Aufstellung, Inbetriebnahme und eine Abnahmeprüfung bei uns vor Ort im Preis enthalten?</translation>
    </message>
    <message>
        <source>What is the equipment&apos;s power draw in normal operation, in watts?</source>
        <translation>Wie hoch ist die Leistungsaufnahme des Geräts im Normalbetrieb, in Watt?</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Do you take the equipment back for recycling or disposal at the end of its life?</source>
        <translation>Nehmen Sie das Gerät am Ende seiner Lebensdauer zur Verwertung oder Entsorgung zurück?</translation>
    </message>
    <message>
        <source>What to ask a consultancy, agency or contractor: experience, the people, subcontractors, rights to the results, confidentiality, insurance and conflicts of interest.</source>
        <translation>Was Sie eine Beratung, Agentur oder einen Auftragnehmer fragen sollten: Erfahrung, die Personen, Subunternehmer, Rechte an den Ergebnissen, Vertraulichkeit, Versicherung und Interessenkonflikte.</translation>
    </message>
    <message>
        <source>Please describe two projects of comparable scope you delivered in the last three years, with the client&apos;s sector and size.</source>
        <translation>Bitte beschreiben Sie zwei Projekte vergleichbaren Umfangs, die Sie in den letzten drei Jahren abgeschlossen haben, mit Branche und Größe des Kunden.</translation>
    </message>
    <message>
        <source>Please attach the relevant certifications of your company and of the proposed team.</source>
        <translation>Bitte hängen Sie die einschlägigen Zertifizierungen Ihres Unternehmens und des vorgeschlagenen Teams an.</translation>
    </message>
    <message>
        <source>Please attach the CVs of the people you propose for this engagement.</source>
        <translation>Bitte hängen Sie die Lebensläufe der Personen an, die Sie für diesen Auftrag vorschlagen.</translation>
    </message>
    <message>
        <source>Will any part of the work be done by subcontractors? If yes, name them in the comment.</source>
        <translation>Wird ein Teil der Arbeit von Subunternehmern erledigt? Wenn ja, nennen Sie sie bitte im Kommentar.</translation>
    </message>
    <message>
        <source>Earliest start date</source>
        <translation>Frühester Beginn</translation>
    </message>
    <message>
        <source>On which date can the proposed team start?</source>
        <translation>Ab welchem Datum kann das vorgeschlagene Team beginnen?</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>Tagessatz</translation>
    </message>
    <message>
        <source>What is your day rate for the proposed team, excluding VAT?</source>
        <translation>Wie hoch ist Ihr Tagessatz für das vorgeschlagene Team, ohne Umsatzsteuer?</translation>
    </message>
    <message>
        <source>EUR per day</source>
        <translation>EUR pro Tag</translation>
    </message>
    <message>
        <source>Will all rights to the work results pass to us on payment?</source>
        <translation>Gehen mit der Zahlung alle Rechte an den Arbeitsergebnissen auf uns über?</translation>
    </message>
    <message>
        <source>Will you sign our non-disclosure agreement and, where you process personal data for us, a data processing agreement?</source>
        <translation>Unterzeichnen Sie unsere Vertraulichkeitsvereinbarung und, soweit Sie für uns personenbezogene Daten verarbeiten, einen Vertrag zur Auftragsverarbeitung?</translation>
    </message>
    <message>
        <source>Please attach your current professional indemnity insurance certificate.</source>
        <translation>Bitte hängen Sie Ihren aktuellen Nachweis der Berufshaftpflichtversicherung an.</translation>
    </message>
    <message>
        <source>Do you or your people have any conflict of interest with this engagement (for example, work for a competing supplier)?</source>
        <translation>Haben Sie oder Ihre Mitarbeitenden bei diesem Auftrag einen Interessenkonflikt (zum Beispiel durch Arbeit für einen konkurrierenden Anbieter)?</translation>
    </message>
    <message>
        <source>Consumer purchase and reseller</source>
        <translation>Privatkauf und Händler</translation>
    </message>
    <message>
        <source>What to ask a shop or reseller before buying: authorised dealer, warranty, returns, delivery, the full price and software support.</source>
        <translation>Was Sie ein Geschäft oder einen Händler vor dem Kauf fragen sollten: autorisierter Händler, Garantie, Rückgabe, Lieferung, der volle Preis und Software-Updates.</translation>
    </message>
    <message>
        <source>Are you an authorised dealer of the manufacturer, selling a new, genuine product intended for this country?</source>
        <translation>Sind Sie autorisierter Händler des Herstellers und verkaufen ein neues Originalprodukt, das für dieses Land bestimmt ist?</translation>
    </message>
    <message>
        <source>How many months of warranty come with the product, and who handles a warranty claim (say so in the comment)?</source>
        <translation>Wie viele Monate Garantie hat das Produkt, und wer bearbeitet einen Garantiefall (bitte im Kommentar angeben)?</translation>
    </message>
    <message>
        <source>Within how many days can the product be returned for a full refund?</source>
        <translation>Innerhalb wie vieler Tage kann das Produkt gegen volle Erstattung zurückgegeben werden?</translation>
    </message>
    <message>
        <source>On which date can the product be delivered?</source>
        <translation>An welchem Datum kann das Produkt geliefert werden?</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Gesamtpreis</translation>
    </message>
    <message>
        <source>What is the total price including VAT, delivery and any fees?</source>
        <translation>Wie hoch ist der Gesamtpreis einschließlich Umsatzsteuer, Lieferung und aller Gebühren?</translation>
    </message>
    <message>
        <source>Until which date does the manufacturer promise security updates for this model?</source>
        <translation>Bis zu welchem Datum sagt der Hersteller Sicherheitsupdates für dieses Modell zu?</translation>
    </message>
    <message>
        <source>Are spare parts and repairs available through you after the warranty ends?</source>
        <translation>Bekommt man bei Ihnen nach Ablauf der Garantie Ersatzteile und Reparaturen?</translation>
    </message>
    <message>
        <source>CRM for sales and customer service</source>
        <translation>CRM für Vertrieb und Kundenservice</translation>
    </message>
    <message>
        <source>Meridian Handel GmbH, a 60-person B2B distributor of technical supplies, manages about 2,300 active customer accounts in a shared Excel workbook and personal Outlook folders. Quotes are typed separately into the ERP, follow-ups slip when a rep is away, and nobody sees the pipeline without asking around. Last year we lost two framework-contract renewals that we noticed only after they had expired.</source>
        <translation>Die Meridian Handel GmbH, ein B2B-Großhändler für technischen Bedarf mit 60 Mitarbeitenden, verwaltet rund 2.300 aktive Kundenkonten in einer gemeinsamen Excel-Arbeitsmappe und in persönlichen Outlook-Ordnern. Angebote werden separat ins ERP getippt, Nachfassaktionen bleiben liegen, wenn jemand aus dem Außendienst nicht da ist, und niemand sieht die Pipeline, ohne herumzufragen. Letztes Jahr haben wir zwei Rahmenvertragsverlängerungen verloren, die uns erst nach ihrem Ablauf aufgefallen sind.</translation>
    </message>
    <message>
        <source>- One shared record per customer for sales, inside sales and customer service
- Pipeline and renewal forecast for management every week without manual collation
- Quotes and order history from the ERP, no double entry
- Customer data stays in the EU and passes our data protection officer&apos;s review
- Sales team working in it before the spring trade fair in April 2027, within EUR 60,000 in the first year</source>
        <translation>- Ein gemeinsamer Datensatz je Kunde für Außendienst, Innendienst und Kundenservice
- Jede Woche Pipeline- und Verlängerungsprognose für die Geschäftsleitung ohne manuelles Zusammentragen
- Angebote und Auftragshistorie aus dem ERP, keine doppelte Erfassung
- Kundendaten bleiben in der EU und bestehen die Prüfung durch unseren Datenschutzbeauftragten
- Vertriebsteam arbeitet vor der Frühjahrsmesse im April 2027 damit, mit höchstens 60.000 EUR im ersten Jahr</translation>
    </message>
    <message>
        <source>Northwind CRM Cloud</source>
        <translation>Northwind CRM Cloud</translation>
    </message>
    <message>
        <source>Northwind Software GmbH</source>
        <translation>Northwind Software GmbH</translation>
    </message>
    <message>
        <source>Northwind CRM Cloud Professional</source>
        <translation>Northwind CRM Cloud Professional</translation>
    </message>
    <message>
        <source>Lena Vogt, account executive, lena.vogt@northwind-crm.example.com, +49 40 5550 1842</source>
        <translation>Lena Vogt, Kundenbetreuerin, lena.vogt@northwind-crm.example.com, +49 40 5550 1842</translation>
    </message>
    <message>
        <source>German SaaS vendor with a standard connector for our ERP. Quote NW-2026-4471 for 16 named users, 36-month term. Implementation by their certified partner Hansa Consulting.</source>
        <translation>Deutscher SaaS-Anbieter mit Standard-Connector für unser ERP. Angebot NW-2026-4471 für 16 namentliche Nutzer, 36 Monate Laufzeit. Einführung durch den zertifizierten Partner Hansa Consulting.</translation>
    </message>
    <message>
        <source>Subscription, 16 users x EUR 45/month</source>
        <translation>Abonnement, 16 Nutzer x 45 EUR/Monat</translation>
    </message>
    <message>
        <source>List price EUR 49; 8% discount for a 36-month term.</source>
        <translation>Listenpreis 49 EUR; 8 % Rabatt bei 36 Monaten Laufzeit.</translation>
    </message>
    <message>
        <source>ERP connector add-on</source>
        <translation>Zusatzmodul ERP-Connector</translation>
    </message>
    <message>
        <source>Implementation and data migration (Hansa Consulting)</source>
        <translation>Einführung und Datenmigration (Hansa Consulting)</translation>
    </message>
    <message>
        <source>Fixed-price offer for the standard scope; ERP price agreements may need extra days.</source>
        <translation>Festpreisangebot für den Standardumfang; ERP-Preisvereinbarungen brauchen eventuell zusätzliche Tage.</translation>
    </message>
    <message>
        <source>Train-the-trainer and team sessions</source>
        <translation>Train-the-Trainer und Teamschulungen</translation>
    </message>
    <message>
        <source>Internal admin effort (about 4 h/week)</source>
        <translation>Interner Administrationsaufwand (etwa 4 h/Woche)</translation>
    </message>
    <message>
        <source>Renewals saved and less manual reporting</source>
        <translation>Gerettete Verlängerungen und weniger manuelles Berichtswesen</translation>
    </message>
    <message>
        <source>Two lost renewals last year were worth EUR 31,000 margin; plus ~6 h/week of pipeline collation.</source>
        <translation>Zwei verlorene Verlängerungen im letzten Jahr brachten 31.000 EUR Marge; dazu ~6 h/Woche für das Zusammentragen der Pipeline.</translation>
    </message>
    <message>
        <source>Brightpath Sales Suite</source>
        <translation>Brightpath Sales Suite</translation>
    </message>
    <message>
        <source>Brightpath Inc.</source>
        <translation>Brightpath Inc.</translation>
    </message>
    <message>
        <source>Brightpath Sales Suite Professional</source>
        <translation>Brightpath Sales Suite Professional</translation>
    </message>
    <message>
        <source>Daniel Moreau, EMEA sales, d.moreau@brightpath-sales.example.com</source>
        <translation>Daniel Moreau, Vertrieb EMEA, d.moreau@brightpath-sales.example.com</translation>
    </message>
    <message>
        <source>US market leader; the most complete feature set on the shortlist. Professional tier stores data in the US; the EU data centre comes only with the Enterprise tier at about 2.3 times the price.</source>
        <translation>US-Marktführer; der vollständigste Funktionsumfang der engeren Wahl. Die Professional-Stufe speichert Daten in den USA; das EU-Rechenzentrum gibt es nur mit der Enterprise-Stufe zu etwa dem 2,3-fachen Preis.</translation>
    </message>
    <message>
        <source>Fails the must-have EU data residency at the Professional tier; Enterprise tier is far over budget.</source>
        <translation>Erfüllt das Muss-Kriterium Datenhaltung in der EU in der Professional-Stufe nicht; die Enterprise-Stufe liegt weit über dem Budget.</translation>
    </message>
    <message>
        <source>Subscription, 16 users x USD 80/month (approx. EUR)</source>
        <translation>Abonnement, 16 Nutzer x 80 USD/Monat (ca. EUR)</translation>
    </message>
    <message>
        <source>Billed in USD; range covers exchange-rate movement.</source>
        <translation>Abrechnung in USD; die Spanne deckt Wechselkursschwankungen ab.</translation>
    </message>
    <message>
        <source>Middleware for ERP integration</source>
        <translation>Middleware für die ERP-Integration</translation>
    </message>
    <message>
        <source>Implementation partner</source>
        <translation>Einführungspartner</translation>
    </message>
    <message>
        <source>Internal admin effort</source>
        <translation>Interner Administrationsaufwand</translation>
    </message>
    <message>
        <source>OpenLedger CRM (self-hosted open source)</source>
        <translation>OpenLedger CRM (selbst betriebenes Open Source)</translation>
    </message>
    <message>
        <source>OpenLedger project; support by Kessler IT GmbH</source>
        <translation>OpenLedger-Projekt; Support durch Kessler IT GmbH</translation>
    </message>
    <message>
        <source>OpenLedger CRM 6.2 Community Edition</source>
        <translation>OpenLedger CRM 6.2 Community Edition</translation>
    </message>
    <message>
        <source>Stefan Kessler, managing director, s.kessler@kessler-it.example.com</source>
        <translation>Stefan Kessler, Geschäftsführer, s.kessler@kessler-it.example.com</translation>
    </message>
    <message>
        <source>Open-source CRM on our own virtual server at our hosting provider in Nuremberg. No licence fee; Kessler IT would set it up, write the ERP integration and provide support.</source>
        <translation>Open-Source-CRM auf unserem eigenen virtuellen Server bei unserem Hoster in Nürnberg. Keine Lizenzgebühr; Kessler IT würde es einrichten, die ERP-Integration schreiben und den Support leisten.</translation>
    </message>
    <message>
        <source>Licence (open source)</source>
        <translation>Lizenz (Open Source)</translation>
    </message>
    <message>
        <source>Setup, ERP integration and migration (Kessler IT)</source>
        <translation>Einrichtung, ERP-Integration und Migration (Kessler IT)</translation>
    </message>
    <message>
        <source>Time-and-materials estimate, not a fixed price.</source>
        <translation>Schätzung nach Aufwand, kein Festpreis.</translation>
    </message>
    <message>
        <source>Virtual server and backups</source>
        <translation>Virtueller Server und Backups</translation>
    </message>
    <message>
        <source>Support and update contract (Kessler IT)</source>
        <translation>Support- und Updatevertrag (Kessler IT)</translation>
    </message>
    <message>
        <source>Internal IT effort: patching, upgrades, user admin</source>
        <translation>Interner IT-Aufwand: Patches, Upgrades, Benutzerverwaltung</translation>
    </message>
    <message>
        <source>Build in-house on our ERP</source>
        <translation>Eigenentwicklung in unserem ERP</translation>
    </message>
    <message>
        <source>Habermann Systemhaus (our ERP partner) with internal IT</source>
        <translation>Habermann Systemhaus (unser ERP-Partner) mit interner IT</translation>
    </message>
    <message>
        <source>CRM module inside our ERP</source>
        <translation>CRM-Modul in unserem ERP</translation>
    </message>
    <message>
        <source>Petra Lindner, project manager, p.lindner@habermann-systemhaus.example.com</source>
        <translation>Petra Lindner, Projektleiterin, p.lindner@habermann-systemhaus.example.com</translation>
    </message>
    <message>
        <source>Contacts, activities and an opportunity list added to the ERP customer master. Quotes and prices are already there. The partner cannot start before February 2027.</source>
        <translation>Kontakte, Aktivitäten und eine Verkaufschancenliste als Ergänzung zum ERP-Kundenstamm. Angebote und Preise sind schon vorhanden. Der Partner kann nicht vor Februar 2027 beginnen.</translation>
    </message>
    <message>
        <source>Development by ERP partner</source>
        <translation>Entwicklung durch den ERP-Partner</translation>
    </message>
    <message>
        <source>Rough estimate from a two-hour workshop; no specification yet.</source>
        <translation>Grobe Schätzung aus einem zweistündigen Workshop; noch keine Spezifikation.</translation>
    </message>
    <message>
        <source>Maintenance of custom code</source>
        <translation>Wartung des individuellen Codes</translation>
    </message>
    <message>
        <source>Internal IT and key-user effort</source>
        <translation>Aufwand für interne IT und Key-User</translation>
    </message>
    <message>
        <source>Renewals saved and less double entry</source>
        <translation>Gerettete Verlängerungen und weniger doppelte Erfassung</translation>
    </message>
    <message>
        <source>Extend the current spreadsheet + mail merge</source>
        <translation>Die jetzige Tabelle + Serienbrief ausbauen</translation>
    </message>
    <message>
        <source>Shared Excel workbook on SharePoint, Word mail merge, Power Automate reminders</source>
        <translation>Gemeinsame Excel-Arbeitsmappe auf SharePoint, Word-Serienbrief, Power-Automate-Erinnerungen</translation>
    </message>
    <message>
        <source>Markus Hahn (inside sales, maintains the macros)</source>
        <translation>Markus Hahn (Innendienst, pflegt die Makros)</translation>
    </message>
    <message>
        <source>Baseline: clean up the workbook, move it to SharePoint, add renewal reminders. Cheap, but it does not give management a pipeline view without manual collation.</source>
        <translation>Ausgangslage: die Arbeitsmappe bereinigen, nach SharePoint verschieben, Verlängerungserinnerungen ergänzen. Günstig, aber ohne manuelles Zusammentragen bekommt die Geschäftsleitung keinen Blick auf die Pipeline.</translation>
    </message>
    <message>
        <source>Clean-up, SharePoint move and reminder flows</source>
        <translation>Bereinigung, Umzug nach SharePoint und Erinnerungsabläufe</translation>
    </message>
    <message>
        <source>Mostly internal time; a few days of an external Power Automate consultant.</source>
        <translation>Überwiegend interne Zeit; ein paar Tage eines externen Power-Automate-Beraters.</translation>
    </message>
    <message>
        <source>Manual collation and upkeep (about 3 h/week)</source>
        <translation>Manuelles Zusammentragen und Pflege (etwa 3 h/Woche)</translation>
    </message>
    <message>
        <source>Fewer missed renewals</source>
        <translation>Weniger verpasste Verlängerungen</translation>
    </message>
    <message>
        <source>Does it cover how our sales and customer service actually work?</source>
        <translation>Deckt es ab, wie unser Vertrieb und Kundenservice wirklich arbeiten?</translation>
    </message>
    <message>
        <source>Account and contact management</source>
        <translation>Konten- und Kontaktverwaltung</translation>
    </message>
    <message>
        <source>Head offices and branches, contact roles, activity history, duplicate check.</source>
        <translation>Zentralen und Filialen, Kontaktrollen, Aktivitätenhistorie, Dublettenprüfung.</translation>
    </message>
    <message>
        <source>Pipeline and renewal forecasting</source>
        <translation>Pipeline- und Verlängerungsprognose</translation>
    </message>
    <message>
        <source>Opportunity pipeline, framework-contract renewal dates with reminders, forecast by quarter.</source>
        <translation>Verkaufschancen-Pipeline, Verlängerungstermine von Rahmenverträgen mit Erinnerungen, Prognose je Quartal.</translation>
    </message>
    <message>
        <source>Quotes from ERP price lists</source>
        <translation>Angebote aus ERP-Preislisten</translation>
    </message>
    <message>
        <source>Quotes use ERP list prices and customer-specific price agreements without retyping.</source>
        <translation>Angebote nutzen ERP-Listenpreise und kundenspezifische Preisvereinbarungen ohne Abtippen.</translation>
    </message>
    <message>
        <source>Will the reps use it every day?</source>
        <translation>Wird der Außendienst es jeden Tag nutzen?</translation>
    </message>
    <message>
        <source>Ease of use for sales reps</source>
        <translation>Bedienbarkeit für den Außendienst</translation>
    </message>
    <message>
        <source>Rated by Jonas and Aylin after hands-on trials: 1 = needs help for basic tasks, 5 = no help needed.</source>
        <translation>Bewertet von Jonas und Aylin nach praktischen Tests: 1 = braucht Hilfe bei einfachen Aufgaben, 5 = keine Hilfe nötig.</translation>
    </message>
    <message>
        <source>Mobile access on customer visits</source>
        <translation>Mobiler Zugriff bei Kundenbesuchen</translation>
    </message>
    <message>
        <source>Look up and log visits from a phone, ideally offline.</source>
        <translation>Besuche vom Telefon aus nachschlagen und erfassen, am besten offline.</translation>
    </message>
    <message>
        <source>ERP integration</source>
        <translation>ERP-Integration</translation>
    </message>
    <message>
        <source>Customers, orders, invoices and prices in sync with the ERP, without changing the ERP core.</source>
        <translation>Kunden, Aufträge, Rechnungen und Preise synchron mit dem ERP, ohne den ERP-Kern zu ändern.</translation>
    </message>
    <message>
        <source>Outlook mail and calendar sync</source>
        <translation>Abgleich mit Outlook-Mail und -Kalender</translation>
    </message>
    <message>
        <source>Security and compliance</source>
        <translation>Sicherheit und Compliance</translation>
    </message>
    <message>
        <source>EU data residency</source>
        <translation>Datenhaltung in der EU</translation>
    </message>
    <message>
        <source>Customer data stored and processed in the EU only, contractually (DPA with sub-processor list).</source>
        <translation>Kundendaten werden vertraglich nur in der EU gespeichert und verarbeitet (AVV mit Liste der Unterauftragsverarbeiter).</translation>
    </message>
    <message>
        <source>Security controls</source>
        <translation>Sicherheitsmaßnahmen</translation>
    </message>
    <message>
        <source>SSO with our Microsoft Entra ID, MFA, audit log, certifications (ISO 27001 or SOC 2).</source>
        <translation>SSO mit unserem Microsoft Entra ID, MFA, Audit-Log, Zertifizierungen (ISO 27001 oder SOC 2).</translation>
    </message>
    <message>
        <source>Data export and exit</source>
        <translation>Datenexport und Ausstieg</translation>
    </message>
    <message>
        <source>Full export in open formats and access to our data after the contract ends.</source>
        <translation>Vollständiger Export in offenen Formaten und Zugriff auf unsere Daten nach Vertragsende.</translation>
    </message>
    <message>
        <source>Vendor viability and support</source>
        <translation>Tragfähigkeit und Support des Anbieters</translation>
    </message>
    <message>
        <source>Vendor financial stability</source>
        <translation>Finanzielle Stabilität des Anbieters</translation>
    </message>
    <message>
        <source>Support quality and SLA</source>
        <translation>Supportqualität und SLA</translation>
    </message>
    <message>
        <source>Uptime commitment, response times, German-language support.</source>
        <translation>Zugesagte Verfügbarkeit, Reaktionszeiten, deutschsprachiger Support.</translation>
    </message>
    <message>
        <source>References from distributors</source>
        <translation>Referenzen von Großhändlern</translation>
    </message>
    <message>
        <source>Comparable B2B wholesale or distribution customers we could call.</source>
        <translation>Vergleichbare Kunden aus B2B-Großhandel oder Distribution, die wir anrufen könnten.</translation>
    </message>
    <message>
        <source>Cost and time to results</source>
        <translation>Kosten und Zeit bis zum Nutzen</translation>
    </message>
    <message>
        <source>Money is compared in the cost view; these are the time factors.</source>
        <translation>Geld wird in der Kostenansicht verglichen; hier stehen die Zeitfaktoren.</translation>
    </message>
    <message>
        <source>Implementation time</source>
        <translation>Einführungsdauer</translation>
    </message>
    <message>
        <source>From signature to the sales team working in the system.</source>
        <translation>Von der Unterschrift bis das Vertriebsteam im System arbeitet.</translation>
    </message>
    <message>
        <source>IT effort after go-live</source>
        <translation>IT-Aufwand nach dem Start</translation>
    </message>
    <message>
        <source>hours/month</source>
        <translation>Stunden/Monat</translation>
    </message>
    <message>
        <source>Our IT team is 1.5 people.</source>
        <translation>Unser IT-Team sind 1,5 Personen.</translation>
    </message>
    <message>
        <source>Account hierarchy with head office and branches, contact roles, activity timeline; duplicate check on VAT ID.</source>
        <translation>Kontenhierarchie mit Zentrale und Filialen, Kontaktrollen, Aktivitätenverlauf; Dublettenprüfung über die USt-IdNr.</translation>
    </message>
    <message>
        <source>demo 2026-10-14</source>
        <translation>Demo 2026-10-14</translation>
    </message>
    <message>
        <source>Pipeline board and quarterly forecast out of the box. Renewal reminders need a custom date field and a workflow rule; shown in the demo, not yet set up for us.</source>
        <translation>Pipeline-Board und Quartalsprognose ab Werk. Verlängerungserinnerungen brauchen ein eigenes Datumsfeld und eine Workflow-Regel; in der Demo gezeigt, für uns noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Quote module uses its own price book, synced nightly from the ERP. Customer-specific price agreements not proven yet; proof of concept planned.</source>
        <translation>Das Angebotsmodul nutzt ein eigenes Preisbuch, nachts aus dem ERP abgeglichen. Kundenspezifische Preisvereinbarungen noch nicht nachgewiesen; Machbarkeitstest geplant.</translation>
    </message>
    <message>
        <source>demo 2026-10-14; connector documentation https://northwind-crm.example.com/docs/erp-connector</source>
        <translation>Demo 2026-10-14; Connector-Dokumentation https://northwind-crm.example.com/docs/erp-connector</translation>
    </message>
    <message>
        <source>Both reps logged calls and created opportunities without help in the first hour. The filter builder confused Aylin.</source>
        <translation>Beide Außendienstler haben in der ersten Stunde ohne Hilfe Anrufe erfasst und Verkaufschancen angelegt. Der Filter-Editor hat Aylin verwirrt.</translation>
    </message>
    <message>
        <source>hands-on trial by Jonas Becker and Aylin Demir, 2026-11-03 to 2026-11-10</source>
        <translation>Praxistest durch Jonas Becker und Aylin Demir, 2026-11-03 bis 2026-11-10</translation>
    </message>
    <message>
        <source>iOS and Android app; contacts and last activities available offline, new records only online.</source>
        <translation>App für iOS und Android; Kontakte und letzte Aktivitäten offline verfügbar, neue Datensätze nur online.</translation>
    </message>
    <message>
        <source>https://northwind-crm.example.com/mobile; trial</source>
        <translation>https://northwind-crm.example.com/mobile; Test</translation>
    </message>
    <message>
        <source>Standard connector for our ERP&apos;s web API (customers, orders, invoices, price lists). Reference customer says the partner needed three weeks to set it up.</source>
        <translation>Standard-Connector für die Web-API unseres ERP (Kunden, Aufträge, Rechnungen, Preislisten). Ein Referenzkunde sagt, der Partner habe drei Wochen für die Einrichtung gebraucht.</translation>
    </message>
    <message>
        <source>reference call with Keller Haustechnik GmbH, 2026-11-05</source>
        <translation>Referenzgespräch mit der Keller Haustechnik GmbH, 2026-11-05</translation>
    </message>
    <message>
        <source>Outlook add-in files emails to the account; two-way calendar sync worked in the trial.</source>
        <translation>Outlook-Add-in legt E-Mails beim Konto ab; der Kalenderabgleich in beide Richtungen hat im Test funktioniert.</translation>
    </message>
    <message>
        <source>hands-on trial by Jonas Becker and Aylin Demir</source>
        <translation>Praxistest durch Jonas Becker und Aylin Demir</translation>
    </message>
    <message>
        <source>Data centres in Frankfurt and Dublin; DPA clause 7.2 limits processing to the EU; sub-processor list in annex 2.</source>
        <translation>Rechenzentren in Frankfurt und Dublin; AVV-Klausel 7.2 beschränkt die Verarbeitung auf die EU; Liste der Unterauftragsverarbeiter in Anlage 2.</translation>
    </message>
    <message>
        <source>DPA draft v3, annex 2</source>
        <translation>AVV-Entwurf v3, Anlage 2</translation>
    </message>
    <message>
        <source>ISO 27001 certificate valid to 2028, SAML SSO with Entra ID, enforced MFA, field-level audit log. Penetration test summary from June 2026 provided.</source>
        <translation>ISO-27001-Zertifikat gültig bis 2028, SAML-SSO mit Entra ID, erzwungene MFA, Audit-Log auf Feldebene. Zusammenfassung eines Penetrationstests vom Juni 2026 liegt vor.</translation>
    </message>
    <message>
        <source>vendor security questionnaire, returned 2026-10-28</source>
        <translation>Sicherheitsfragebogen des Anbieters, zurückerhalten 2026-10-28</translation>
    </message>
    <message>
        <source>Full CSV export of all objects and a REST API; attachments only via support ticket. 90 days read access after termination.</source>
        <translation>Vollständiger CSV-Export aller Objekte und eine REST-API; Anhänge nur per Support-Ticket. 90 Tage Lesezugriff nach Kündigung.</translation>
    </message>
    <message>
        <source>vendor security questionnaire; terms of service section 14</source>
        <translation>Sicherheitsfragebogen des Anbieters; Nutzungsbedingungen Abschnitt 14</translation>
    </message>
    <message>
        <source>Founded 2011, about 240 staff, profitable in 2024 and 2025 according to filed accounts. Majority owned by a mid-market private equity fund since 2023.</source>
        <translation>Gegründet 2011, etwa 240 Mitarbeitende, laut veröffentlichten Abschlüssen 2024 und 2025 profitabel. Seit 2023 mehrheitlich im Besitz eines Private-Equity-Fonds für den Mittelstand.</translation>
    </message>
    <message>
        <source>company register filings; credit report from our credit insurer</source>
        <translation>Handelsregistereinträge; Bonitätsauskunft unseres Kreditversicherers</translation>
    </message>
    <message>
        <source>99.5% monthly uptime, P1 response within 4 business hours, support in German. Service credits capped at 10% of monthly fee.</source>
        <translation>99,5 % monatliche Verfügbarkeit, Reaktion auf P1 innerhalb von 4 Geschäftsstunden, Support auf Deutsch. Gutschriften auf 10 % der Monatsgebühr begrenzt.</translation>
    </message>
    <message>
        <source>SLA annex to quote NW-2026-4471</source>
        <translation>SLA-Anlage zum Angebot NW-2026-4471</translation>
    </message>
    <message>
        <source>Two references in building-supplies distribution (35 and 80 users); both would buy again, both mention a slow first month.</source>
        <translation>Zwei Referenzen im Baustoffhandel (35 und 80 Nutzer); beide würden wieder kaufen, beide erwähnen einen zähen ersten Monat.</translation>
    </message>
    <message>
        <source>reference calls with Keller Haustechnik GmbH and Baustoff Nord KG</source>
        <translation>Referenzgespräche mit der Keller Haustechnik GmbH und der Baustoff Nord KG</translation>
    </message>
    <message>
        <source>Partner plan: 10 weeks including spreadsheet migration and connector; the price-agreement proof of concept could add two weeks.</source>
        <translation>Plan des Partners: 10 Wochen einschließlich Migration der Tabelle und Connector; der Machbarkeitstest für Preisvereinbarungen könnte zwei Wochen hinzufügen.</translation>
    </message>
    <message>
        <source>Hansa Consulting project plan, 2026-11-04</source>
        <translation>Projektplan von Hansa Consulting, 2026-11-04</translation>
    </message>
    <message>
        <source>Reference customer&apos;s IT spends 2 to 5 hours a month on user admin and connector monitoring.</source>
        <translation>Die IT des Referenzkunden verbringt 2 bis 5 Stunden im Monat mit Benutzerverwaltung und Überwachung des Connectors.</translation>
    </message>
    <message>
        <source>reference call with Keller Haustechnik GmbH</source>
        <translation>Referenzgespräch mit der Keller Haustechnik GmbH</translation>
    </message>
    <message>
        <source>Most complete account model on the shortlist, including buying-group roles and territory rules.</source>
        <translation>Das vollständigste Kontenmodell der engeren Wahl, einschließlich Rollen im Einkaufsgremium und Gebietsregeln.</translation>
    </message>
    <message>
        <source>demo 2026-10-16</source>
        <translation>Demo 2026-10-16</translation>
    </message>
    <message>
        <source>Pipeline, renewal playbooks and a forecast with historical trend; renewal reminders standard.</source>
        <translation>Pipeline, Verlängerungs-Playbooks und eine Prognose mit historischem Trend; Verlängerungserinnerungen sind Standard.</translation>
    </message>
    <message>
        <source>Strong quote builder, but price lists would come through middleware; the demo ran out of time before we saw it.</source>
        <translation>Starker Angebotseditor, aber Preislisten kämen über Middleware; in der Demo reichte die Zeit nicht, um das zu sehen.</translation>
    </message>
    <message>
        <source>demo 2026-10-16; G2 reviews https://reviews.example.com/brightpath-sales-suite</source>
        <translation>Demo 2026-10-16; G2-Bewertungen https://reviews.example.com/brightpath-sales-suite</translation>
    </message>
    <message>
        <source>Powerful but crowded screens; Aylin needed help to log a call, Jonas liked the mobile app.</source>
        <translation>Leistungsfähig, aber überladene Masken; Aylin brauchte Hilfe, um einen Anruf zu erfassen, Jonas mochte die mobile App.</translation>
    </message>
    <message>
        <source>hands-on trial by Jonas Becker and Aylin Demir, 2026-10-20 to 2026-10-27</source>
        <translation>Praxistest durch Jonas Becker und Aylin Demir, 2026-10-20 bis 2026-10-27</translation>
    </message>
    <message>
        <source>Native apps with offline mode, visit check-in and voice notes.</source>
        <translation>Native Apps mit Offline-Modus, Besuchs-Check-in und Sprachnotizen.</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>No standard connector for our ERP; needs a middleware subscription or a partner project.</source>
        <translation>Kein Standard-Connector für unser ERP; braucht ein Middleware-Abonnement oder ein Partnerprojekt.</translation>
    </message>
    <message>
        <source>email from Daniel Moreau, 2026-10-22</source>
        <translation>E-Mail von Daniel Moreau, 2026-10-22</translation>
    </message>
    <message>
        <source>Outlook add-in and server-side sync; needs admin consent in our Microsoft 365 tenant.</source>
        <translation>Outlook-Add-in und serverseitiger Abgleich; braucht die Administratorzustimmung in unserem Microsoft-365-Mandanten.</translation>
    </message>
    <message>
        <source>Professional tier hosts data in the US under standard contractual clauses. EU data centre only with the Enterprise tier.</source>
        <translation>Die Professional-Stufe hält die Daten in den USA auf Basis von Standardvertragsklauseln. EU-Rechenzentrum nur mit der Enterprise-Stufe.</translation>
    </message>
    <message>
        <source>vendor data processing addendum; email from Daniel Moreau, 2026-10-29</source>
        <translation>Auftragsverarbeitungszusatz des Anbieters; E-Mail von Daniel Moreau, 2026-10-29</translation>
    </message>
    <message>
        <source>SOC 2 Type II and ISO 27001 reports, SSO, MFA, field-level encryption, detailed audit trail.</source>
        <translation>SOC-2-Type-II- und ISO-27001-Berichte, SSO, MFA, Verschlüsselung auf Feldebene, detaillierter Audit-Trail.</translation>
    </message>
    <message>
        <source>vendor trust portal https://trust.brightpath-sales.example.com</source>
        <translation>Trust-Portal des Anbieters https://trust.brightpath-sales.example.com</translation>
    </message>
    <message>
        <source>Export via API only, rate-limited; weekly CSV export in higher tiers. No contractual access after termination.</source>
        <translation>Export nur über die API, mit Ratenbegrenzung; wöchentlicher CSV-Export in höheren Stufen. Kein vertraglich zugesicherter Zugriff nach Kündigung.</translation>
    </message>
    <message>
        <source>master subscription agreement, section 11</source>
        <translation>Rahmen-Abonnementvertrag, Abschnitt 11</translation>
    </message>
    <message>
        <source>Listed company with revenue above USD 1 billion and positive cash flow.</source>
        <translation>Börsennotiertes Unternehmen mit über 1 Milliarde USD Umsatz und positivem Cashflow.</translation>
    </message>
    <message>
        <source>annual report 2025</source>
        <translation>Geschäftsbericht 2025</translation>
    </message>
    <message>
        <source>99.9% uptime; support in English during EU business hours, German only with premium support (extra 20%).</source>
        <translation>99,9 % Verfügbarkeit; Support auf Englisch während der EU-Geschäftszeiten, auf Deutsch nur mit Premium-Support (20 % Aufpreis).</translation>
    </message>
    <message>
        <source>SLA document v2026.2</source>
        <translation>SLA-Dokument v2026.2</translation>
    </message>
    <message>
        <source>Partner estimate; middleware for the ERP is the uncertain part.</source>
        <translation>Schätzung des Partners; die Middleware für das ERP ist der unsichere Teil.</translation>
    </message>
    <message>
        <source>partner estimate, 2026-10-28</source>
        <translation>Schätzung des Partners, 2026-10-28</translation>
    </message>
    <message>
        <source>Middleware monitoring plus user admin.</source>
        <translation>Überwachung der Middleware plus Benutzerverwaltung.</translation>
    </message>
    <message>
        <source>G2 reviews https://reviews.example.com/brightpath-sales-suite</source>
        <translation>G2-Bewertungen https://reviews.example.com/brightpath-sales-suite</translation>
    </message>
    <message>
        <source>Accounts, contacts and activities cover our needs; no duplicate check on VAT ID without a plugin.</source>
        <translation>Konten, Kontakte und Aktivitäten decken unseren Bedarf; ohne Plugin keine Dublettenprüfung über die USt-IdNr.</translation>
    </message>
    <message>
        <source>demo by Kessler IT, 2026-10-23</source>
        <translation>Demo von Kessler IT, 2026-10-23</translation>
    </message>
    <message>
        <source>Pipeline list and kanban view; a quarterly forecast would have to be built in the reporting module.</source>
        <translation>Pipeline-Liste und Kanban-Ansicht; eine Quartalsprognose müsste im Berichtsmodul gebaut werden.</translation>
    </message>
    <message>
        <source>Kessler IT has a module reading price lists and customer agreements directly from the ERP; running at two of their customers.</source>
        <translation>Kessler IT hat ein Modul, das Preislisten und Kundenvereinbarungen direkt aus dem ERP liest; läuft bei zwei ihrer Kunden.</translation>
    </message>
    <message>
        <source>Dated interface; both reps managed basic tasks but needed noticeably more clicks than in Northwind.</source>
        <translation>Veraltete Oberfläche; beide Außendienstler schafften die Grundaufgaben, brauchten aber spürbar mehr Klicks als bei Northwind.</translation>
    </message>
    <message>
        <source>Responsive web interface only, no offline mode.</source>
        <translation>Nur responsive Weboberfläche, kein Offline-Modus.</translation>
    </message>
    <message>
        <source>Direct integration written by Kessler IT: full control, but custom code we have to maintain.</source>
        <translation>Direkte Integration, von Kessler IT geschrieben: volle Kontrolle, aber individueller Code, den wir pflegen müssen.</translation>
    </message>
    <message>
        <source>Kessler IT offer KIT-26-118</source>
        <translation>Angebot von Kessler IT KIT-26-118</translation>
    </message>
    <message>
        <source>Plugin files emails; calendar sync is one-way from CRM to Outlook.</source>
        <translation>Plugin legt E-Mails ab; der Kalenderabgleich läuft nur in eine Richtung, vom CRM nach Outlook.</translation>
    </message>
    <message>
        <source>Runs on our own virtual server at our hosting provider in Nuremberg.</source>
        <translation>Läuft auf unserem eigenen virtuellen Server bei unserem Hoster in Nürnberg.</translation>
    </message>
    <message>
        <source>hosting contract</source>
        <translation>Hosting-Vertrag</translation>
    </message>
    <message>
        <source>SSO through a SAML plugin; audit log covers record changes only. Security depends on us patching promptly; the project usually ships fixes within two weeks of a CVE.</source>
        <translation>SSO über ein SAML-Plugin; das Audit-Log erfasst nur Datensatzänderungen. Die Sicherheit hängt davon ab, dass wir zügig patchen; das Projekt liefert Korrekturen meist innerhalb von zwei Wochen nach einer CVE.</translation>
    </message>
    <message>
        <source>project security advisories https://openledger-crm.example.com/security; IT review</source>
        <translation>Sicherheitshinweise des Projekts https://openledger-crm.example.com/security; IT-Prüfung</translation>
    </message>
    <message>
        <source>We own the PostgreSQL database and the schema is documented.</source>
        <translation>Die PostgreSQL-Datenbank gehört uns, und das Schema ist dokumentiert.</translation>
    </message>
    <message>
        <source>project documentation</source>
        <translation>Projektdokumentation</translation>
    </message>
    <message>
        <source>Active open-source project (about 40 regular contributors). Support partner Kessler IT has 12 staff and two developers who know the code: key-person risk.</source>
        <translation>Aktives Open-Source-Projekt (etwa 40 regelmäßig Beitragende). Der Supportpartner Kessler IT hat 12 Mitarbeitende und zwei Entwickler, die den Code kennen: Abhängigkeit von Schlüsselpersonen.</translation>
    </message>
    <message>
        <source>project repository statistics; credit report on Kessler IT</source>
        <translation>Statistik des Projekt-Repositorys; Bonitätsauskunft über Kessler IT</translation>
    </message>
    <message>
        <source>One reference, an electrical wholesaler with 25 users: satisfied, but stresses that someone in-house must own the system.</source>
        <translation>Eine Referenz, ein Elektrogroßhändler mit 25 Nutzern: zufrieden, betont aber, dass jemand im Haus für das System verantwortlich sein muss.</translation>
    </message>
    <message>
        <source>reference call with Elektro Brandl GmbH, 2026-11-09</source>
        <translation>Referenzgespräch mit der Elektro Brandl GmbH, 2026-11-09</translation>
    </message>
    <message>
        <source>Depends on the ERP integration and on our IT&apos;s availability in January.</source>
        <translation>Hängt von der ERP-Integration und der Verfügbarkeit unserer IT im Januar ab.</translation>
    </message>
    <message>
        <source>Monthly updates, backups checks, plugin compatibility; estimate by our IT lead.</source>
        <translation>Monatliche Updates, Kontrolle der Backups, Plugin-Kompatibilität; Schätzung unseres IT-Leiters.</translation>
    </message>
    <message>
        <source>internal estimate, Tobias Brandt</source>
        <translation>interne Schätzung, Tobias Brandt</translation>
    </message>
    <message>
        <source>The ERP customer master is already the source of truth; contacts and activities would be new tables.</source>
        <translation>Der ERP-Kundenstamm ist schon die maßgebliche Quelle; Kontakte und Aktivitäten wären neue Tabellen.</translation>
    </message>
    <message>
        <source>workshop with Habermann Systemhaus, 2026-10-27</source>
        <translation>Workshop mit Habermann Systemhaus, 2026-10-27</translation>
    </message>
    <message>
        <source>Opportunity list and a renewal report in the first release; no visual pipeline board planned.</source>
        <translation>Verkaufschancenliste und ein Verlängerungsbericht in der ersten Version; kein grafisches Pipeline-Board geplant.</translation>
    </message>
    <message>
        <source>Quotes are already created in the ERP with all price agreements; nothing to integrate.</source>
        <translation>Angebote werden schon im ERP mit allen Preisvereinbarungen erstellt; nichts zu integrieren.</translation>
    </message>
    <message>
        <source>current process</source>
        <translation>heutiger Ablauf</translation>
    </message>
    <message>
        <source>Would use ERP-style screens; reps already find the ERP hard to use outside the office.</source>
        <translation>Hätte Masken im ERP-Stil; der Außendienst findet das ERP außerhalb des Büros schon jetzt schwer zu bedienen.</translation>
    </message>
    <message>
        <source>reps&apos; experience with current ERP screens</source>
        <translation>Erfahrung des Außendienstes mit den heutigen ERP-Masken</translation>
    </message>
    <message>
        <source>It is the ERP.</source>
        <translation>Es ist das ERP.</translation>
    </message>
    <message>
        <source>The existing ERP Outlook add-in files emails; no calendar sync.</source>
        <translation>Das vorhandene ERP-Add-in für Outlook legt E-Mails ab; kein Kalenderabgleich.</translation>
    </message>
    <message>
        <source>ERP add-in documentation</source>
        <translation>Dokumentation des ERP-Add-ins</translation>
    </message>
    <message>
        <source>ERP runs in the partner&apos;s data centre in Frankfurt.</source>
        <translation>Das ERP läuft im Rechenzentrum des Partners in Frankfurt.</translation>
    </message>
    <message>
        <source>ERP hosting contract</source>
        <translation>ERP-Hosting-Vertrag</translation>
    </message>
    <message>
        <source>Inherits ERP roles, SSO and change log; partner is ISO 27001 certified.</source>
        <translation>Übernimmt ERP-Rollen, SSO und Änderungsprotokoll; der Partner ist nach ISO 27001 zertifiziert.</translation>
    </message>
    <message>
        <source>ERP hosting contract; partner certificate</source>
        <translation>ERP-Hosting-Vertrag; Zertifikat des Partners</translation>
    </message>
    <message>
        <source>Data stays in our ERP database; custom code belongs to us under the partner contract.</source>
        <translation>Die Daten bleiben in unserer ERP-Datenbank; der individuelle Code gehört laut Partnervertrag uns.</translation>
    </message>
    <message>
        <source>partner framework contract, section 9</source>
        <translation>Rahmenvertrag mit dem Partner, Abschnitt 9</translation>
    </message>
    <message>
        <source>Habermann Systemhaus: 80 staff, our ERP partner since 2015, stable.</source>
        <translation>Habermann Systemhaus: 80 Mitarbeitende, seit 2015 unser ERP-Partner, stabil.</translation>
    </message>
    <message>
        <source>credit report</source>
        <translation>Bonitätsauskunft</translation>
    </message>
    <message>
        <source>Existing ERP support contract with next-business-day response; custom code is outside the standard SLA.</source>
        <translation>Bestehender ERP-Supportvertrag mit Reaktion am nächsten Werktag; individueller Code fällt nicht unter das Standard-SLA.</translation>
    </message>
    <message>
        <source>ERP support contract</source>
        <translation>ERP-Supportvertrag</translation>
    </message>
    <message>
        <source>Partner has built CRM extensions for two customers, neither in distribution.</source>
        <translation>Der Partner hat CRM-Erweiterungen für zwei Kunden gebaut, keiner davon im Großhandel.</translation>
    </message>
    <message>
        <source>Partner cannot start before February 2027; rough estimate without a specification.</source>
        <translation>Der Partner kann nicht vor Februar 2027 beginnen; grobe Schätzung ohne Spezifikation.</translation>
    </message>
    <message>
        <source>Key-user support and coordinating change requests with the partner.</source>
        <translation>Key-User-Betreuung und Abstimmung von Änderungswünschen mit dem Partner.</translation>
    </message>
    <message>
        <source>One row per account, contacts in free-text columns; duplicates common.</source>
        <translation>Eine Zeile je Konto, Kontakte in Freitextspalten; Dubletten sind häufig.</translation>
    </message>
    <message>
        <source>current workbook</source>
        <translation>heutige Arbeitsmappe</translation>
    </message>
    <message>
        <source>Renewal dates exist for about 60% of contracts; Power Automate could send reminders, but the pipeline still needs manual collation.</source>
        <translation>Verlängerungstermine gibt es für etwa 60 % der Verträge; Power Automate könnte Erinnerungen schicken, aber die Pipeline muss weiter von Hand zusammengetragen werden.</translation>
    </message>
    <message>
        <source>current workbook; Markus Hahn</source>
        <translation>heutige Arbeitsmappe; Markus Hahn</translation>
    </message>
    <message>
        <source>Quotes stay in the ERP, typed separately; nothing changes.</source>
        <translation>Angebote bleiben im ERP und werden separat getippt; es ändert sich nichts.</translation>
    </message>
    <message>
        <source>Everyone knows Excel, but the shared workbook locks and conflicts several times a week.</source>
        <translation>Alle kennen Excel, aber die gemeinsame Arbeitsmappe sperrt sich und hat mehrmals pro Woche Konflikte.</translation>
    </message>
    <message>
        <source>team feedback at sales meeting, 2026-09-15</source>
        <translation>Rückmeldung des Teams in der Vertriebsbesprechung, 2026-09-15</translation>
    </message>
    <message>
        <source>The nine-tab workbook is unusable in the Excel phone app.</source>
        <translation>Die Arbeitsmappe mit neun Registern ist in der Excel-App auf dem Telefon unbrauchbar.</translation>
    </message>
    <message>
        <source>Manual weekly export from the ERP, pasted into the workbook.</source>
        <translation>Manueller wöchentlicher Export aus dem ERP, in die Arbeitsmappe eingefügt.</translation>
    </message>
    <message>
        <source>Word mail merge for mailings; no record of who got what.</source>
        <translation>Word-Serienbrief für Aussendungen; keine Aufzeichnung, wer was bekommen hat.</translation>
    </message>
    <message>
        <source>Stored in our Microsoft 365 tenant within the EU data boundary.</source>
        <translation>Gespeichert in unserem Microsoft-365-Mandanten innerhalb der EU-Datengrenze.</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant settings</source>
        <translation>Einstellungen des Microsoft-365-Mandanten</translation>
    </message>
    <message>
        <source>No field-level permissions: anyone with the file sees all margins. Version history on SharePoint.</source>
        <translation>Keine Berechtigungen auf Feldebene: Wer die Datei hat, sieht alle Margen. Versionsverlauf auf SharePoint.</translation>
    </message>
    <message>
        <source>IT review</source>
        <translation>IT-Prüfung</translation>
    </message>
    <message>
        <source>It is already a spreadsheet.</source>
        <translation>Es ist bereits eine Tabelle.</translation>
    </message>
    <message>
        <source>Not applicable: no vendor involved.</source>
        <translation>Nicht zutreffend: kein Anbieter beteiligt.</translation>
    </message>
    <message>
        <source>Depends on one colleague who wrote the macros.</source>
        <translation>Hängt an einem Kollegen, der die Makros geschrieben hat.</translation>
    </message>
    <message>
        <source>Markus Hahn</source>
        <translation>Markus Hahn</translation>
    </message>
    <message>
        <source>Clean-up, SharePoint move and reminder flows.</source>
        <translation>Bereinigung, Umzug nach SharePoint und Erinnerungsabläufe.</translation>
    </message>
    <message>
        <source>internal estimate, Markus Hahn</source>
        <translation>interne Schätzung, Markus Hahn</translation>
    </message>
    <message>
        <source>Fixing sharing conflicts, restoring overwritten versions, flow maintenance.</source>
        <translation>Freigabekonflikte beheben, überschriebene Versionen wiederherstellen, Abläufe pflegen.</translation>
    </message>
    <message>
        <source>IT ticket history 2026</source>
        <translation>IT-Ticketverlauf 2026</translation>
    </message>
    <message>
        <source>Two follow-up questions on restore tests answered satisfactorily on 2026-11-03.</source>
        <translation>Zwei Nachfragen zu Wiederherstellungstests am 2026-11-03 zufriedenstellend beantwortet.</translation>
    </message>
    <message>
        <source>DPA, sub-processor list and EU hosting</source>
        <translation>AVV, Liste der Unterauftragsverarbeiter und Hosting in der EU</translation>
    </message>
    <message>
        <source>EU-only processing confirmed; deletion concept still to be documented on our side.</source>
        <translation>Verarbeitung nur in der EU bestätigt; das Löschkonzept müssen wir auf unserer Seite noch dokumentieren.</translation>
    </message>
    <message>
        <source>Financial health and ownership</source>
        <translation>Finanzielle Lage und Eigentümer</translation>
    </message>
    <message>
        <source>credit report from our credit insurer; 2025 accounts</source>
        <translation>Bonitätsauskunft unseres Kreditversicherers; Abschluss 2025</translation>
    </message>
    <message>
        <source>Two reference calls with comparable customers</source>
        <translation>Zwei Referenzgespräche mit vergleichbaren Kunden</translation>
    </message>
    <message>
        <source>calls with Keller Haustechnik GmbH and Baustoff Nord KG</source>
        <translation>Gespräche mit der Keller Haustechnik GmbH und der Baustoff Nord KG</translation>
    </message>
    <message>
        <source>Contract term, renewal and price increases</source>
        <translation>Vertragslaufzeit, Verlängerung und Preiserhöhungen</translation>
    </message>
    <message>
        <source>quote NW-2026-4471, general terms</source>
        <translation>Angebot NW-2026-4471, Allgemeine Geschäftsbedingungen</translation>
    </message>
    <message>
        <source>36-month term with automatic 12-month renewals and no cap on price increases. Vendor agreed by email to a 5% yearly cap; contract wording pending.</source>
        <translation>36 Monate Laufzeit mit automatischer Verlängerung um je 12 Monate und ohne Obergrenze für Preiserhöhungen. Der Anbieter hat per E-Mail einer Obergrenze von 5 % pro Jahr zugestimmt; die Vertragsformulierung steht noch aus.</translation>
    </message>
    <message>
        <source>Exit terms: export of attachments and post-termination access</source>
        <translation>Ausstiegsbedingungen: Export der Anhänge und Zugriff nach Kündigung</translation>
    </message>
    <message>
        <source>Ask for attachment export without a support ticket to be written into the contract.</source>
        <translation>Darum bitten, dass der Export der Anhänge ohne Support-Ticket in den Vertrag geschrieben wird.</translation>
    </message>
    <message>
        <source>Implementation partner plan and fixed-price scope</source>
        <translation>Plan des Einführungspartners und Festpreisumfang</translation>
    </message>
    <message>
        <source>Depends on the price-agreement proof of concept.</source>
        <translation>Hängt vom Machbarkeitstest für Preisvereinbarungen ab.</translation>
    </message>
    <message>
        <source>SOC 2 Type II report via trust portal</source>
        <translation>SOC-2-Type-II-Bericht über das Trust-Portal</translation>
    </message>
    <message>
        <source>vendor data processing addendum; email from Daniel Moreau</source>
        <translation>Auftragsverarbeitungszusatz des Anbieters; E-Mail von Daniel Moreau</translation>
    </message>
    <message>
        <source>Professional tier transfers customer data to the US under standard contractual clauses. Not acceptable for our customer data without the Enterprise tier.</source>
        <translation>Die Professional-Stufe überträgt Kundendaten auf Basis von Standardvertragsklauseln in die USA. Für unsere Kundendaten ohne die Enterprise-Stufe nicht akzeptabel.</translation>
    </message>
    <message>
        <source>Exit terms and bulk export</source>
        <translation>Ausstiegsbedingungen und Massenexport</translation>
    </message>
    <message>
        <source>API-only export, rate-limited; no access after termination.</source>
        <translation>Export nur über die API, mit Ratenbegrenzung; kein Zugriff nach Kündigung.</translation>
    </message>
    <message>
        <source>Paused after the option was excluded.</source>
        <translation>Pausiert, nachdem die Option ausgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Hardening and patch process for the self-hosted server</source>
        <translation>Härtung und Patch-Prozess für den selbst betriebenen Server</translation>
    </message>
    <message>
        <source>IT review of project security advisories</source>
        <translation>IT-Prüfung der Sicherheitshinweise des Projekts</translation>
    </message>
    <message>
        <source>We would have to apply security updates within 14 days; with 1.5 people in IT that is tight during holidays.</source>
        <translation>Wir müssten Sicherheitsupdates innerhalb von 14 Tagen einspielen; mit 1,5 Personen in der IT ist das in der Urlaubszeit knapp.</translation>
    </message>
    <message>
        <source>DPA with Kessler IT for remote support access</source>
        <translation>AVV mit Kessler IT für den Fernzugriff des Supports</translation>
    </message>
    <message>
        <source>Kessler IT DPA template</source>
        <translation>AVV-Vorlage von Kessler IT</translation>
    </message>
    <message>
        <source>Data stays on our server; DPA covers support access only.</source>
        <translation>Die Daten bleiben auf unserem Server; der AVV deckt nur den Zugriff des Supports ab.</translation>
    </message>
    <message>
        <source>Support partner&apos;s financial health and key people</source>
        <translation>Finanzielle Lage und Schlüsselpersonen des Supportpartners</translation>
    </message>
    <message>
        <source>credit report on Kessler IT</source>
        <translation>Bonitätsauskunft über Kessler IT</translation>
    </message>
    <message>
        <source>Small firm; two developers know the integration code.</source>
        <translation>Kleine Firma; zwei Entwickler kennen den Integrationscode.</translation>
    </message>
    <message>
        <source>Reference call with a comparable customer</source>
        <translation>Referenzgespräch mit einem vergleichbaren Kunden</translation>
    </message>
    <message>
        <source>call with Elektro Brandl GmbH</source>
        <translation>Gespräch mit der Elektro Brandl GmbH</translation>
    </message>
    <message>
        <source>Support contract and SLA</source>
        <translation>Supportvertrag und SLA</translation>
    </message>
    <message>
        <source>SLA draft requested on 2026-11-06, not received yet.</source>
        <translation>SLA-Entwurf am 2026-11-06 angefordert, noch nicht erhalten.</translation>
    </message>
    <message>
        <source>Ownership of data and custom code</source>
        <translation>Eigentum an Daten und individuellem Code</translation>
    </message>
    <message>
        <source>Kessler IT offer KIT-26-118, section 6</source>
        <translation>Angebot von Kessler IT KIT-26-118, Abschnitt 6</translation>
    </message>
    <message>
        <source>Custom modules licensed to us under the project&apos;s open-source licence.</source>
        <translation>Individuelle Module stehen uns unter der Open-Source-Lizenz des Projekts zu.</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>Sales reps keep working in the spreadsheet in parallel</source>
        <translation>Der Außendienst arbeitet parallel weiter in der Tabelle</translation>
    </message>
    <message>
        <source>Previous attempts at shared tools faded after a few weeks; a CRM nobody updates is worse than the spreadsheet.</source>
        <translation>Frühere Versuche mit gemeinsamen Werkzeugen sind nach ein paar Wochen eingeschlafen; ein CRM, das niemand pflegt, ist schlimmer als die Tabelle.</translation>
    </message>
    <message>
        <source>Spreadsheet becomes read-only at go-live; weekly pipeline meeting runs from the CRM only; Jonas and Aylin as champions.</source>
        <translation>Die Tabelle wird zum Start schreibgeschützt; die wöchentliche Pipeline-Besprechung läuft nur noch aus dem CRM; Jonas und Aylin als Fürsprecher.</translation>
    </message>
    <message>
        <source>ERP connector cannot handle customer-specific price agreements</source>
        <translation>Der ERP-Connector kann kundenspezifische Preisvereinbarungen nicht abbilden</translation>
    </message>
    <message>
        <source>Proof of concept with 20 real price agreements before signing; make it an acceptance criterion in the contract.</source>
        <translation>Machbarkeitstest mit 20 echten Preisvereinbarungen vor der Unterschrift; als Abnahmekriterium in den Vertrag aufnehmen.</translation>
    </message>
    <message>
        <source>Duplicate and outdated contacts are migrated</source>
        <translation>Doppelte und veraltete Kontakte werden migriert</translation>
    </message>
    <message>
        <source>Clean-up in January: deduplicate by VAT ID and archive accounts with no order since 2022.</source>
        <translation>Bereinigung im Januar: Dubletten über die USt-IdNr. zusammenführen und Konten ohne Auftrag seit 2022 archivieren.</translation>
    </message>
    <message>
        <source>Key-person dependency at the support partner</source>
        <translation>Abhängigkeit von Schlüsselpersonen beim Supportpartner</translation>
    </message>
    <message>
        <source>Require documented integration code in our repository and name a second partner who could take over.</source>
        <translation>Dokumentierten Integrationscode in unserem Repository verlangen und einen zweiten Partner benennen, der übernehmen könnte.</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kaufmännisches</translation>
    </message>
    <message>
        <source>Large price increase at renewal</source>
        <translation>Starke Preiserhöhung bei der Verlängerung</translation>
    </message>
    <message>
        <source>Vendor agreed in writing to cap increases at 5% a year (email of 2026-11-18); to be carried into the contract.</source>
        <translation>Der Anbieter hat schriftlich zugesagt, Erhöhungen auf 5 % pro Jahr zu begrenzen (E-Mail vom 2026-11-18); das muss in den Vertrag übernommen werden.</translation>
    </message>
    <message>
        <source>Head of Sales</source>
        <translation>Vertriebsleiterin</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Wants a reliable pipeline view before the spring trade fair; worried the reps will not keep the CRM up to date.</source>
        <translation>Will vor der Frühjahrsmesse einen verlässlichen Blick auf die Pipeline; fürchtet, dass der Außendienst das CRM nicht aktuell hält.</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>Finanzvorstand</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Subscription costs that grow every year; wants a five-year cost comparison, payback within three years and a price cap.</source>
        <translation>Abonnementkosten, die jedes Jahr steigen; will einen Fünfjahres-Kostenvergleich, Amortisation innerhalb von drei Jahren und eine Preisobergrenze.</translation>
    </message>
    <message>
        <source>IT Lead</source>
        <translation>IT-Leiter</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>IT is 1.5 people: prefers SaaS to running another server. The ERP integration must not touch the ERP core.</source>
        <translation>Die IT sind 1,5 Personen: lieber SaaS als noch einen Server zu betreiben. Die ERP-Integration darf den ERP-Kern nicht anfassen.</translation>
    </message>
    <message>
        <source>Field Sales Representative</source>
        <translation>Außendienstmitarbeiter</translation>
    </message>
    <message>
        <source>Sales (South region)</source>
        <translation>Vertrieb (Region Süd)</translation>
    </message>
    <message>
        <source>Needs to look up customers and log visits from the car; dislikes typing the same thing twice.</source>
        <translation>Muss Kunden vom Auto aus nachschlagen und Besuche erfassen; mag es nicht, dasselbe zweimal zu tippen.</translation>
    </message>
    <message>
        <source>Inside Sales Representative</source>
        <translation>Innendienstmitarbeiterin</translation>
    </message>
    <message>
        <source>Inside Sales</source>
        <translation>Innendienst</translation>
    </message>
    <message>
        <source>Fears more admin than with the spreadsheet; had a bad CRM rollout at her previous employer.</source>
        <translation>Fürchtet mehr Verwaltungsaufwand als mit der Tabelle; hat bei ihrem früheren Arbeitgeber eine missglückte CRM-Einführung erlebt.</translation>
    </message>
    <message>
        <source>Data Protection Officer (external)</source>
        <translation>Datenschutzbeauftragte (extern)</translation>
    </message>
    <message>
        <source>Datenschutz Sommer &amp; Partner</source>
        <translation>Datenschutz Sommer &amp; Partner</translation>
    </message>
    <message>
        <source>EU hosting, a DPA with a complete sub-processor list, and a deletion concept for contact data.</source>
        <translation>Hosting in der EU, ein AVV mit vollständiger Liste der Unterauftragsverarbeiter und ein Löschkonzept für Kontaktdaten.</translation>
    </message>
    <message>
        <source>Budget release for the CRM (up to EUR 60,000 in the first year)</source>
        <translation>Budgetfreigabe für das CRM (bis zu 60.000 EUR im ersten Jahr)</translation>
    </message>
    <message>
        <source>Wants the five-year cost comparison and the price cap in writing first; on the agenda of the management meeting on 2026-12-09.</source>
        <translation>Will zuerst den Fünfjahres-Kostenvergleich und die Preisobergrenze schriftlich; steht auf der Tagesordnung der Geschäftsleitungssitzung am 2026-12-09.</translation>
    </message>
    <message>
        <source>Data-protection approval for Northwind CRM Cloud (DPA v3, EU hosting)</source>
        <translation>Datenschutzfreigabe für Northwind CRM Cloud (AVV v3, Hosting in der EU)</translation>
    </message>
    <message>
        <source>Approved on condition that DPA v3 is signed unchanged and the deletion concept is documented before go-live.</source>
        <translation>Freigegeben unter der Bedingung, dass der AVV v3 unverändert unterschrieben und das Löschkonzept vor dem Start dokumentiert wird.</translation>
    </message>
    <message>
        <source>Announced the CRM project at the sales kick-off. Reps asked whether it brings call quotas; clarified that there will be no activity targets from the CRM in the first year.</source>
        <translation>Das CRM-Projekt beim Vertriebs-Kick-off angekündigt. Der Außendienst fragte, ob damit Anrufquoten kommen; klargestellt, dass es im ersten Jahr keine Aktivitätsziele aus dem CRM geben wird.</translation>
    </message>
    <message>
        <source>Aylin and two inside-sales colleagues worry about extra typing. Agreed that Aylin tests the trials and that the reps&apos; rating decides the ease-of-use score.</source>
        <translation>Aylin und zwei Kolleginnen aus dem Innendienst fürchten zusätzliches Tippen. Vereinbart, dass Aylin die Testversionen prüft und die Bewertung des Außendienstes die Note für die Bedienbarkeit bestimmt.</translation>
    </message>
    <message>
        <source>Northwind offers two train-the-trainer days. Plan: Jonas and Aylin become internal champions, then 90-minute sessions per team in March.</source>
        <translation>Northwind bietet zwei Train-the-Trainer-Tage an. Plan: Jonas und Aylin werden interne Fürsprecher, danach im März 90-minütige Schulungen je Team.</translation>
    </message>
    <message>
        <source>Whatever we choose: from go-live the weekly pipeline meeting runs from the CRM only and the spreadsheet becomes read-only.</source>
        <translation>Was wir auch wählen: Ab dem Start läuft die wöchentliche Pipeline-Besprechung nur noch aus dem CRM, und die Tabelle wird schreibgeschützt.</translation>
    </message>
    <message>
        <source>Get the SLA draft from Kessler IT for OpenLedger support</source>
        <translation>SLA-Entwurf von Kessler IT für den OpenLedger-Support einholen</translation>
    </message>
    <message>
        <source>Reminded by phone on 2026-11-18; promised &apos;next week&apos;.</source>
        <translation>Am 2026-11-18 telefonisch erinnert; „nächste Woche“ zugesagt.</translation>
    </message>
    <message>
        <source>Run the price-agreement proof of concept with Northwind</source>
        <translation>Machbarkeitstest für Preisvereinbarungen mit Northwind durchführen</translation>
    </message>
    <message>
        <source>20 real agreements exported from the ERP and sent to Hansa Consulting.</source>
        <translation>20 echte Vereinbarungen aus dem ERP exportiert und an Hansa Consulting geschickt.</translation>
    </message>
    <message>
        <source>Prepare the five-year cost comparison for the CFO</source>
        <translation>Fünfjahres-Kostenvergleich für den Finanzvorstand vorbereiten</translation>
    </message>
    <message>
        <source>Send the DPO&apos;s questions on DPA v3 to Northwind</source>
        <translation>Die Fragen der Datenschutzbeauftragten zum AVV v3 an Northwind schicken</translation>
    </message>
    <message>
        <source>Field sales</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>Right after the kick-off: the reps heard of the project but fear call quotas.</source>
        <translation>Direkt nach dem Kick-off: Der Außendienst hat vom Projekt gehört, fürchtet aber Anrufquoten.</translation>
    </message>
    <message>
        <source>The no-quota promise and Jonas&apos;s trial helped; nobody has used a CRM day to day yet.</source>
        <translation>Die Zusage „keine Quoten“ und Jonas’ Test haben geholfen; im Alltag hat noch niemand ein CRM benutzt.</translation>
    </message>
    <message>
        <source>Inside sales</source>
        <translation>Innendienst</translation>
    </message>
    <message>
        <source>Worried about double typing next to the ERP.</source>
        <translation>Sorge wegen doppelten Tippens neben dem ERP.</translation>
    </message>
    <message>
        <source>Aylin is testing the trials; the team waits for her verdict.</source>
        <translation>Aylin testet die Testversionen; das Team wartet auf ihr Urteil.</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Heard about it only in passing; the case history in the CRM would help them most.</source>
        <translation>Hat nur beiläufig davon gehört; die Vorgangshistorie im CRM würde ihnen am meisten helfen.</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Wants the weekly pipeline from the CRM; the CFO still doubts the running costs.</source>
        <translation>Will die wöchentliche Pipeline aus dem CRM; der Finanzvorstand zweifelt noch an den laufenden Kosten.</translation>
    </message>
    <message>
        <source>New laptop for study and travel</source>
        <translation>Neuer Laptop für Studium und Reisen</translation>
    </message>
    <message>
        <source>My 2017 laptop no longer lasts a single lecture on battery, two keys double-type, and video calls stutter as soon as a browser is open. I use it in the library, on the train home every other weekend, and I start a six-week internship abroad in March.</source>
        <translation>Mein Laptop von 2017 hält mit dem Akku keine einzige Vorlesung mehr durch, zwei Tasten schreiben doppelt, und Videoanrufe ruckeln, sobald ein Browser offen ist. Ich nutze ihn in der Bibliothek, jedes zweite Wochenende im Zug nach Hause, und im März beginne ich ein sechswöchiges Praktikum im Ausland.</translation>
    </message>
    <message>
        <source>- At least 10 hours of real battery life
- Light enough to carry all day, ideally under 1.3 kg
- A keyboard I enjoy writing my thesis on
- No more than EUR 1,500 including warranty and accessories
- Should last four years; I would rather repair than replace</source>
        <translation>- Mindestens 10 Stunden echte Akkulaufzeit
- Leicht genug, um ihn den ganzen Tag zu tragen, am besten unter 1,3 kg
- Eine Tastatur, auf der ich gern meine Abschlussarbeit schreibe
- Höchstens 1.500 EUR einschließlich Garantie und Zubehör
- Soll vier Jahre halten; ich repariere lieber, als zu ersetzen</translation>
    </message>
    <message>
        <source>ThinkPad T14 Gen 5</source>
        <translation>ThinkPad T14 Gen 5</translation>
    </message>
    <message>
        <source>Lenovo</source>
        <translation>Lenovo</translation>
    </message>
    <message>
        <source>ThinkPad T14 Gen 5, Ryzen 7 PRO, 16 GB RAM, 512 GB SSD, 1920x1200 screen</source>
        <translation>ThinkPad T14 Gen 5, Ryzen 7 PRO, 16 GB RAM, 512 GB SSD, Bildschirm 1920x1200</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s education store (student discount through the university portal)</source>
        <translation>Bildungs-Shop des Herstellers (Studentenrabatt über das Hochschulportal)</translation>
    </message>
    <message>
        <source>Best keyboard I tried. Heavier than I hoped, and the base screen is only average.</source>
        <translation>Beste Tastatur, die ich ausprobiert habe. Schwerer als erhofft, und der Standardbildschirm ist nur Durchschnitt.</translation>
    </message>
    <message>
        <source>Laptop (student price)</source>
        <translation>Laptop (Studentenpreis)</translation>
    </message>
    <message>
        <source>Dropped to EUR 1,099 during last year&apos;s Black Friday sale.</source>
        <translation>Fiel beim Black-Friday-Angebot letztes Jahr auf 1.099 EUR.</translation>
    </message>
    <message>
        <source>Upgrade to 3-year on-site warranty</source>
        <translation>Upgrade auf 3 Jahre Vor-Ort-Garantie</translation>
    </message>
    <message>
        <source>Sleeve</source>
        <translation>Schutzhülle</translation>
    </message>
    <message>
        <source>MacBook Air 13 M3</source>
        <translation>MacBook Air 13 M3</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
    <message>
        <source>MacBook Air 13-inch, M3, 16 GB RAM, 512 GB SSD</source>
        <translation>MacBook Air 13 Zoll, M3, 16 GB RAM, 512 GB SSD</translation>
    </message>
    <message>
        <source>Apple education pricing, or the electronics store in town</source>
        <translation>Apple-Bildungspreis oder der Elektronikmarkt in der Stadt</translation>
    </message>
    <message>
        <source>Longest battery life and the best screen, but the most expensive and hardest to repair. My statistics course uses software that runs on macOS too.</source>
        <translation>Längste Akkulaufzeit und der beste Bildschirm, aber am teuersten und am schwersten zu reparieren. Die Software meines Statistikkurses läuft auch unter macOS.</translation>
    </message>
    <message>
        <source>Laptop (education price)</source>
        <translation>Laptop (Bildungspreis)</translation>
    </message>
    <message>
        <source>Retailers sometimes go EUR 100 below the education price.</source>
        <translation>Händler liegen manchmal 100 EUR unter dem Bildungspreis.</translation>
    </message>
    <message>
        <source>AppleCare+ for 3 years</source>
        <translation>AppleCare+ für 3 Jahre</translation>
    </message>
    <message>
        <source>USB-C hub with HDMI and USB-A</source>
        <translation>USB-C-Hub mit HDMI und USB-A</translation>
    </message>
    <message>
        <source>Framework Laptop 13</source>
        <translation>Framework Laptop 13</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Framework Laptop 13 DIY Edition, Ryzen 7 7840U, 2256x1504 screen</source>
        <translation>Framework Laptop 13 DIY Edition, Ryzen 7 7840U, Bildschirm 2256x1504</translation>
    </message>
    <message>
        <source>Online only, ships from the EU warehouse</source>
        <translation>Nur online, Versand aus dem EU-Lager</translation>
    </message>
    <message>
        <source>Fully repairable and upgradeable. DIY Edition comes without RAM, SSD and charger. Could not try the keyboard anywhere.</source>
        <translation>Vollständig reparierbar und aufrüstbar. Die DIY Edition kommt ohne RAM, SSD und Ladegerät. Die Tastatur konnte ich nirgends ausprobieren.</translation>
    </message>
    <message>
        <source>Laptop DIY Edition with four expansion cards</source>
        <translation>Laptop DIY Edition mit vier Erweiterungskarten</translation>
    </message>
    <message>
        <source>32 GB RAM and 1 TB SSD bought separately</source>
        <translation>32 GB RAM und 1 TB SSD separat gekauft</translation>
    </message>
    <message>
        <source>60 W USB-C charger</source>
        <translation>USB-C-Ladegerät mit 60 W</translation>
    </message>
    <message>
        <source>Keep the old laptop and replace the battery</source>
        <translation>Den alten Laptop behalten und den Akku tauschen</translation>
    </message>
    <message>
        <source>Local repair shop (PC-Werkstatt am Markt)</source>
        <translation>Reparaturwerkstatt vor Ort (PC-Werkstatt am Markt)</translation>
    </message>
    <message>
        <source>Dell XPS 13 (2017), 8 GB RAM</source>
        <translation>Dell XPS 13 (2017), 8 GB RAM</translation>
    </message>
    <message>
        <source>Repair shop, two streets from the station</source>
        <translation>Reparaturwerkstatt, zwei Straßen vom Bahnhof</translation>
    </message>
    <message>
        <source>Cheapest way through the next year, but 8 GB of RAM is the real limit and will not change.</source>
        <translation>Der günstigste Weg durch das nächste Jahr, aber 8 GB RAM sind die eigentliche Grenze, und daran ändert sich nichts.</translation>
    </message>
    <message>
        <source>Replacement battery, fitted</source>
        <translation>Ersatzakku, eingebaut</translation>
    </message>
    <message>
        <source>Third-party battery; the price depends on what the shop can source.</source>
        <translation>Akku eines Drittanbieters; der Preis hängt davon ab, was die Werkstatt beschaffen kann.</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>I carry it every day and on the train.</source>
        <translation>Ich trage ihn jeden Tag und im Zug mit mir.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Real-world Wi-Fi browsing test at about 150 nits, not the manufacturer&apos;s figure.</source>
        <translation>WLAN-Surftest unter realen Bedingungen bei etwa 150 Nits, nicht die Herstellerangabe.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Daily use</source>
        <translation>Täglicher Gebrauch</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>I am writing my thesis this year.</source>
        <translation>Ich schreibe dieses Jahr meine Abschlussarbeit.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Sharpness, brightness, matte or glossy, aspect ratio for reading papers.</source>
        <translation>Schärfe, Helligkeit, matt oder spiegelnd, Seitenverhältnis zum Lesen von Fachartikeln.</translation>
    </message>
    <message>
        <source>Performance for coursework</source>
        <translation>Leistung fürs Studium</translation>
    </message>
    <message>
        <source>Video calls, a browser full of tabs, R and the occasional photo edit.</source>
        <translation>Videoanrufe, ein Browser voller Tabs, R und gelegentlich Fotobearbeitung.</translation>
    </message>
    <message>
        <source>It should last four years.</source>
        <translation>Er soll vier Jahre halten.</translation>
    </message>
    <message>
        <source>Repairability</source>
        <translation>Reparierbarkeit</translation>
    </message>
    <message>
        <source>Can the battery, SSD and keyboard be replaced without special tools?</source>
        <translation>Lassen sich Akku, SSD und Tastatur ohne Spezialwerkzeug tauschen?</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Price of the device itself, without warranty or accessories.</source>
        <translation>Preis des Geräts selbst, ohne Garantie oder Zubehör.</translation>
    </message>
    <message>
        <source>11 h 10 min in the Wi-Fi test; other reviews between 9.5 and 12.5 hours.</source>
        <translation>11 h 10 min im WLAN-Test; andere Tests zwischen 9,5 und 12,5 Stunden.</translation>
    </message>
    <message>
        <source>15 h in the Wi-Fi test; several reviews agree within an hour.</source>
        <translation>15 h im WLAN-Test; mehrere Tests stimmen auf eine Stunde genau überein.</translation>
    </message>
    <message>
        <source>61 Wh battery; reviews range from 7.5 to 10 hours depending on BIOS version and power profile.</source>
        <translation>61-Wh-Akku; Tests reichen von 7,5 bis 10 Stunden, je nach BIOS-Version und Energieprofil.</translation>
    </message>
    <message>
        <source>About 7 hours when new; third-party batteries usually reach a bit less. My estimate.</source>
        <translation>Neu etwa 7 Stunden; Akkus von Drittanbietern schaffen meist etwas weniger. Meine Schätzung.</translation>
    </message>
    <message>
        <source>own experience; repair shop</source>
        <translation>eigene Erfahrung; Reparaturwerkstatt</translation>
    </message>
    <message>
        <source>Measured weight in review (spec sheet says from 1.27 kg).</source>
        <translation>Gewicht im Test gemessen (laut Datenblatt ab 1,27 kg).</translation>
    </message>
    <message>
        <source>Spec sheet and review agree.</source>
        <translation>Datenblatt und Test stimmen überein.</translation>
    </message>
    <message>
        <source>Review unit with four expansion cards.</source>
        <translation>Testgerät mit vier Erweiterungskarten.</translation>
    </message>
    <message>
        <source>Weighed it on the kitchen scale.</source>
        <translation>Auf der Küchenwaage gewogen.</translation>
    </message>
    <message>
        <source>own measurement</source>
        <translation>eigene Messung</translation>
    </message>
    <message>
        <source>Tried it in the store: deep travel, quiet, and the TrackPoint is handy.</source>
        <translation>Im Laden ausprobiert: viel Tastenhub, leise, und der TrackPoint ist praktisch.</translation>
    </message>
    <message>
        <source>electronics store visit</source>
        <translation>Besuch im Elektronikmarkt</translation>
    </message>
    <message>
        <source>Shallow but precise; I typed a paragraph without mistakes.</source>
        <translation>Flach, aber präzise; ich habe einen Absatz ohne Fehler getippt.</translation>
    </message>
    <message>
        <source>Apple shop visit</source>
        <translation>Besuch im Apple-Laden</translation>
    </message>
    <message>
        <source>Shallow, and two keys have started to double-type.</source>
        <translation>Flach, und zwei Tasten schreiben inzwischen doppelt.</translation>
    </message>
    <message>
        <source>own experience</source>
        <translation>eigene Erfahrung</translation>
    </message>
    <message>
        <source>Base 1920x1200 IPS panel: 300 nits, matte, colours a bit dull. The 2.8K OLED option costs EUR 150 more.</source>
        <translation>Standard-IPS-Panel mit 1920x1200: 300 Nits, matt, Farben etwas blass. Die 2,8K-OLED-Option kostet 150 EUR mehr.</translation>
    </message>
    <message>
        <source>Sharp, bright (about 500 nits) and good colours; glossy.</source>
        <translation>Scharf, hell (etwa 500 Nits) und gute Farben; spiegelnd.</translation>
    </message>
    <message>
        <source>2256x1504 in 3:2, good for reading papers; some reviewers see slight backlight bleed.</source>
        <translation>2256x1504 im Format 3:2, gut zum Lesen von Fachartikeln; manche Tester sehen leichtes Durchscheinen der Hintergrundbeleuchtung.</translation>
    </message>
    <message>
        <source>1080p, fine indoors, dim outside.</source>
        <translation>1080p, drinnen in Ordnung, draußen zu dunkel.</translation>
    </message>
    <message>
        <source>Handles video calls with 30 tabs open; fan audible under load.</source>
        <translation>Schafft Videoanrufe mit 30 offenen Tabs; Lüfter unter Last hörbar.</translation>
    </message>
    <message>
        <source>Fast and silent (no fan); R runs natively.</source>
        <translation>Schnell und lautlos (kein Lüfter); R läuft nativ.</translation>
    </message>
    <message>
        <source>Similar to the ThinkPad; with 32 GB RAM more headroom for years.</source>
        <translation>Ähnlich wie das ThinkPad; mit 32 GB RAM mehr Reserven für Jahre.</translation>
    </message>
    <message>
        <source>Stutters in video calls with a browser open; 8 GB RAM is soldered.</source>
        <translation>Ruckelt bei Videoanrufen, wenn ein Browser offen ist; die 8 GB RAM sind verlötet.</translation>
    </message>
    <message>
        <source>Battery, SSD and fan replaceable with standard screws; public service manual; part of the RAM is soldered.</source>
        <translation>Akku, SSD und Lüfter mit Standardschrauben tauschbar; öffentliches Service-Handbuch; ein Teil des RAM ist verlötet.</translation>
    </message>
    <message>
        <source>Storage and RAM soldered; battery replacement needs adhesive removal or Apple service.</source>
        <translation>Speicher und RAM verlötet; der Akkutausch erfordert das Lösen von Klebstoff oder den Apple-Service.</translation>
    </message>
    <message>
        <source>Every part replaceable, with guides and an official parts shop.</source>
        <translation>Jedes Teil tauschbar, mit Anleitungen und einem offiziellen Ersatzteil-Shop.</translation>
    </message>
    <message>
        <source>Depends on whether the shop can still get a keyboard for this model; asked on 2026-11-20, waiting for an answer.</source>
        <translation>Hängt davon ab, ob die Werkstatt für dieses Modell noch eine Tastatur bekommt; am 2026-11-20 gefragt, warte auf Antwort.</translation>
    </message>
    <message>
        <source>Student portal price; EUR 1,099 in last year&apos;s sale.</source>
        <translation>Preis im Studentenportal; 1.099 EUR im Angebot letztes Jahr.</translation>
    </message>
    <message>
        <source>Education price; retailers occasionally lower.</source>
        <translation>Bildungspreis; Händler gelegentlich günstiger.</translation>
    </message>
    <message>
        <source>DIY Edition plus RAM, SSD and charger.</source>
        <translation>DIY Edition plus RAM, SSD und Ladegerät.</translation>
    </message>
    <message>
        <source>Quote from the repair shop, fitted.</source>
        <translation>Angebot der Reparaturwerkstatt, eingebaut.</translation>
    </message>
    <message>
        <source>repair shop quote</source>
        <translation>Angebot der Reparaturwerkstatt</translation>
    </message>
    <message>
        <source>Warranty terms</source>
        <translation>Garantiebedingungen</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>1 year included; on-site upgrade to 3 years costs EUR 89 and covers the battery for the first year.</source>
        <translation>1 Jahr inklusive; das Upgrade auf 3 Jahre vor Ort kostet 89 EUR und deckt im ersten Jahr auch den Akku ab.</translation>
    </message>
    <message>
        <source>Return window</source>
        <translation>Rückgabefrist</translation>
    </message>
    <message>
        <source>store terms and conditions</source>
        <translation>Geschäftsbedingungen des Shops</translation>
    </message>
    <message>
        <source>30 days from delivery via the education store, longer than the legal 14 days.</source>
        <translation>30 Tage ab Lieferung über den Bildungs-Shop, länger als die gesetzlichen 14 Tage.</translation>
    </message>
    <message>
        <source>buying directly from the manufacturer&apos;s store</source>
        <translation>Kauf direkt im Shop des Herstellers</translation>
    </message>
    <message>
        <source>Replacement battery and charger prices</source>
        <translation>Preise für Ersatzakku und Ladegerät</translation>
    </message>
    <message>
        <source>Look up battery price for year three.</source>
        <translation>Akkupreis für das dritte Jahr nachsehen.</translation>
    </message>
    <message>
        <source>Statutory two years only, no on-site service: they mail the part and I swap it myself. Fine for me, but no extended cover.</source>
        <translation>Nur die gesetzlichen zwei Jahre, kein Vor-Ort-Service: Sie schicken das Teil, und ich tausche es selbst. Für mich in Ordnung, aber keine verlängerte Absicherung.</translation>
    </message>
    <message>
        <source>30 days, but the DIY Edition has to go back in its original condition.</source>
        <translation>30 Tage, aber die DIY Edition muss im Originalzustand zurückgehen.</translation>
    </message>
    <message>
        <source>Seller reputation and delivery times</source>
        <translation>Ruf des Verkäufers und Lieferzeiten</translation>
    </message>
    <message>
        <source>Read the forum threads about shipping delays to Germany before ordering.</source>
        <translation>Vor der Bestellung die Forenbeiträge über Lieferverzögerungen nach Deutschland lesen.</translation>
    </message>
    <message>
        <source>Spare parts prices</source>
        <translation>Ersatzteilpreise</translation>
    </message>
    <message>
        <source>Replacement battery about EUR 69, keyboard about EUR 39, expansion cards EUR 10 to 30.</source>
        <translation>Ersatzakku etwa 69 EUR, Tastatur etwa 39 EUR, Erweiterungskarten 10 bis 30 EUR.</translation>
    </message>
    <message>
        <source>Tried keyboards in the electronics store: the ThinkPad felt best, the MacBook was fine. No Framework on display anywhere nearby.</source>
        <translation>Tastaturen im Elektronikmarkt ausprobiert: Das ThinkPad fühlte sich am besten an, das MacBook war in Ordnung. Kein Framework in der Nähe ausgestellt.</translation>
    </message>
</context>
<context>
    <name>TrackingModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versendet am</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesandt</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source> (excluded)</source>
        <translation> (ausgeschlossen)</translation>
    </message>
    <message>
        <source>none asked</source>
        <translation>keine gefragt</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <translation>Versendet von %1</translation>
    </message>
    <message>
        <source>Edit %1 of the questionnaire to “%2”</source>
        <translation>%1 des Fragebogens an „%2“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ValueForMoney</name>
    <message numerus="yes">
        <source>costs %1 more and scores %n point(s) lower than %2</source>
        <translation>
            <numerusform>kostet %1 mehr und erzielt %n Punkt weniger als %2</numerusform>
            <numerusform>kostet %1 mehr und erzielt %n Punkte weniger als %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>costs the same and scores %n point(s) lower than %2</source>
        <translation>
            <numerusform>kostet gleich viel und erzielt %n Punkt weniger als %2</numerusform>
            <numerusform>kostet gleich viel und erzielt %n Punkte weniger als %2</numerusform>
        </translation>
    </message>
    <message>
        <source>costs %1 more and scores lower than %2</source>
        <translation>kostet %1 mehr und erzielt weniger Punkte als %2</translation>
    </message>
    <message>
        <source>costs the same and scores lower than %2</source>
        <translation>kostet gleich viel und erzielt weniger Punkte als %2</translation>
    </message>
    <message>
        <source>costs %1 more and scores the same as %2</source>
        <translation>kostet %1 mehr und erzielt dieselbe Punktzahl wie %2</translation>
    </message>
    <message>
        <source>costs the same and scores the same as %2</source>
        <translation>kostet gleich viel und erzielt dieselbe Punktzahl wie %2</translation>
    </message>
</context>
<context>
    <name>ValueFunctionDialog</name>
    <message>
        <source>Value function chart (drag a point; the table is the keyboard way)</source>
        <translation>Diagramm der Wertfunktion (ziehen Sie einen Punkt; per Tastatur über die Tabelle)</translation>
    </message>
    <message>
        <source>worth (0–100)</source>
        <translation>Nutzwert (0–100)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value function: %1</source>
        <translation>Wertfunktion: %1</translation>
    </message>
    <message>
        <source>How much is each value worth to you, from 0 (the worst that still counts) to 100 (the best worth having)? A straight line between the ends is the default. Bend it where more stops mattering (“8 h of battery is what I need; more hardly matters”) or where it starts to hurt (“above budget falls steeply”); use levels for answers that are words.</source>
        <translation>Wie viel ist Ihnen jeder Wert wert, von 0 (das Schlechteste, was noch zählt) bis 100 (das Beste, was sich lohnt)? Standard ist eine gerade Linie zwischen den Enden. Knicken Sie sie dort, wo mehr nicht mehr zählt („8 h Akkulaufzeit brauche ich; mehr spielt kaum eine Rolle“), oder dort, wo es wehzutun beginnt („über dem Budget fällt es steil ab“); verwenden Sie Stufen für Antworten in Worten.</translation>
    </message>
    <message>
        <source>Straight line between the ends</source>
        <translation>Gerade Linie zwischen den Enden</translation>
    </message>
    <message>
        <source>Points: straight lines through values I set</source>
        <translation>Punkte: gerade Linien durch selbst gesetzte Werte</translation>
    </message>
    <message>
        <source>Levels: answers in words, each worth a value</source>
        <translation>Stufen: Antworten in Worten, jede mit einem Nutzwert</translation>
    </message>
    <message>
        <source>Kind of value function</source>
        <translation>Art der Wertfunktion</translation>
    </message>
    <message>
        <source>Worth (0–100)</source>
        <translation>Nutzwert (0–100)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>e.g. 8 h of battery is what I need; more hardly matters</source>
        <translation>z. B. 8 h Akkulaufzeit brauche ich; mehr spielt kaum eine Rolle</translation>
    </message>
    <message>
        <source>Why this shape (one line)</source>
        <translation>Warum diese Form (eine Zeile)</translation>
    </message>
    <message>
        <source>&amp;Shape:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Why (one line):</source>
        <translation>&amp;Warum (eine Zeile):</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add &amp;point</source>
        <translation>&amp;Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove poi&amp;nt</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>A score on this criterion is the level&apos;s number: 1 for the first level listed, 2 for the next… A number that is no level&apos;s is refused.</source>
        <translation>Eine Punktzahl bei diesem Kriterium ist die Nummer der Stufe: 1 für die erste aufgeführte Stufe, 2 für die nächste… Eine Zahl, die zu keiner Stufe gehört, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Add &amp;level</source>
        <translation>&amp;Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove le&amp;vel</source>
        <translation>Stufe entfe&amp;rnen</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Values are worth 0 to 100 in a straight line between the stated ends %1 and %2 (%3).</source>
        <translation>Die Werte haben einen Nutzwert von 0 bis 100, linear zwischen den angegebenen Enden %1 und %2 (%3).</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>No ends are stated, so the line runs between the options&apos; own lowest and highest values (min–max): adding or removing an option changes every option&apos;s score here. Prefer fixed ends (Minimum and Maximum in the criteria table) or points you set.</source>
        <translation>Es sind keine Enden angegeben, daher verläuft die Linie zwischen dem niedrigsten und dem höchsten Wert der Optionen selbst (Min–Max): Wird eine Option hinzugefügt oder entfernt, ändert sich hier die Punktzahl jeder Option. Besser sind feste Enden (Minimum und Maximum in der Kriterientabelle) oder selbst gesetzte Punkte.</translation>
    </message>
    <message>
        <source>point %1: value</source>
        <translation>Punkt %1: Wert</translation>
    </message>
    <message>
        <source>point %1: worth</source>
        <translation>Punkt %1: Nutzwert</translation>
    </message>
    <message>
        <source>point %1: give both a value and its worth</source>
        <translation>Punkt %1: Geben Sie sowohl einen Wert als auch seinen Nutzwert an</translation>
    </message>
    <message>
        <source>level %1: worth</source>
        <translation>Stufe %1: Nutzwert</translation>
    </message>
    <message>
        <source>level “%1” is listed twice</source>
        <translation>Stufe „%1“ ist doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>WorkbookNotice</name>
    <message>
        <source>Workbook notice</source>
        <translation>Hinweis zur Arbeitsmappe</translation>
    </message>
    <message>
        <source>Notice about this workbook</source>
        <translation>Hinweis zu dieser Arbeitsmappe</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>%1 Your edits are still saved in the workbook, but without a recent backup: fix the cause, or use File ▸ Save a copy as… to keep a copy elsewhere.</source>
        <translation>%1 Ihre Änderungen werden weiterhin in der Arbeitsmappe gespeichert, aber ohne aktuelle Sicherung: Beheben Sie die Ursache oder behalten Sie mit Datei ▸ Kopie speichern unter… eine Kopie an anderer Stelle.</translation>
    </message>
    <message>
        <source>Open read-only (%1): you can read everything, but changes cannot be saved. To edit, use File ▸ Save a copy as… to make a copy in a folder you can write to.</source>
        <translation>Schreibgeschützt geöffnet (%1): Sie können alles lesen, aber Änderungen können nicht gespeichert werden. Zum Bearbeiten legen Sie mit Datei ▸ Kopie speichern unter… eine Kopie in einem Ordner an, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <source>Cannot open workbook</source>
        <translation>Arbeitsmappe kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Upgraded to the current format; the old file is kept as %1</source>
        <translation>Auf das aktuelle Format aktualisiert; die alte Datei bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>Backup made before the upgrade: %1</source>
        <translation>Vor der Aktualisierung erstellte Sicherung: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored the backup of %1; the damaged file is kept as %2</source>
        <translation>Die Sicherung von %1 wurde wiederhergestellt; die beschädigte Datei bleibt als %2 erhalten</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or open it with File ▸ Open workbook.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen oder öffnen Sie sie mit Datei ▸ Arbeitsmappe öffnen.</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Datei existiert</translation>
    </message>
    <message>
        <source>New workbook</source>
        <translation>Neue Arbeitsmappe</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Now working in the copy %1</source>
        <translation>Jetzt in der Kopie %1</translation>
    </message>
</context>
</TS>
