<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Delete %n action</numerusform>
            <numerusform>Delete %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message numerus="yes">
        <source>Delete %n approval(s)</source>
        <translation>
            <numerusform>Delete %n approval</numerusform>
            <numerusform>Delete %n approvals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostsEditor</name>
    <message numerus="yes">
        <source>Remove %n cost(s) of “%1”</source>
        <translation>
            <numerusform>Remove a cost of “%1”</numerusform>
            <numerusform>Remove %n costs of “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion/criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) and checklist item(s)</source>
        <translation>
            <numerusform>%n risk or checklist item</numerusform>
            <numerusform>%n risks and checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change note(s)</source>
        <translation>
            <numerusform>%n change note</numerusform>
            <numerusform>%n change notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluatorsDialog</name>
    <message numerus="yes">
        <source>%n evaluator(s): %1.</source>
        <translation>
            <numerusform>%n evaluator: %1.</numerusform>
            <numerusform>%n evaluators: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A cell is marked when its scores lie %1 % of the scale or more apart; %n criterion(s) are marked.</source>
        <translation>
            <numerusform>A cell is marked when its scores lie %1 % of the scale or more apart; %n criterion is marked.</numerusform>
            <numerusform>A cell is marked when its scores lie %1 % of the scale or more apart; %n criteria are marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) in the matrix now hold the combined value. Edit ▸ Undo takes them back.</source>
        <translation>
            <numerusform>%n score in the matrix now holds the combined value. Edit ▸ Undo takes it back.</numerusform>
            <numerusform>%n scores in the matrix now hold the combined value. Edit ▸ Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n piece(s) of evidence</source>
        <translation>
            <numerusform>Remove %n piece of evidence</numerusform>
            <numerusform>Remove %n pieces of evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message numerus="yes">
        <source>Exported %n evaluation(s) to %1</source>
        <translation>
            <numerusform>Exported %n evaluation to %1</numerusform>
            <numerusform>Exported %n evaluations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n scoring sheet(s) to %1</source>
        <translation>
            <numerusform>Wrote %n scoring sheet to %1</numerusform>
            <numerusform>Wrote %n scoring sheets to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n score(s) from %1; Evaluation ▸ Evaluators… shows them combined.</source>
        <translation>
            <numerusform>Stored %n score from %1; Evaluation ▸ Evaluators… shows it combined.</numerusform>
            <numerusform>Stored %n scores from %1; Evaluation ▸ Evaluators… shows them combined.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n value(s) in the file cannot be imported (the red lines say why). Correct them in the file, save it and import it again: nothing is imported until then.</source>
        <translation>
            <numerusform>%n value in the file cannot be imported (the red line says why). Correct it in the file, save it and import it again: nothing is imported until then.</numerusform>
            <numerusform>%n values in the file cannot be imported (the red lines say why). Correct them in the file, save it and import it again: nothing is imported until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the app and the file both changed the same value since the export. For each, choose in the Import column whether to keep the app&apos;s value or take the file&apos;s, or use the buttons above.</source>
        <translation>
            <numerusform>%n conflict: the app and the file both changed the same value since the export. Choose in the Import column whether to keep the app&apos;s value or take the file&apos;s, or use the buttons above.</numerusform>
            <numerusform>%n conflicts: the app and the file both changed the same value since the export. For each, choose in the Import column whether to keep the app&apos;s value or take the file&apos;s, or use the buttons above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%1: %n conflict(s) to decide before anything is imported into evaluation %2 (%3).</source>
        <translation>
            <numerusform>%1: %n conflict to decide before anything is imported into evaluation %2 (%3).</numerusform>
            <numerusform>%1: %n conflicts to decide before anything is imported into evaluation %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n change(s) into evaluation %2 (%3); %4 to decide.</source>
        <translation>
            <numerusform>%1: imported %n change into evaluation %2 (%3); %4 to decide.</numerusform>
            <numerusform>%1: imported %n changes into evaluation %2 (%3); %4 to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n change(s) into evaluation %2 (%3).</source>
        <translation>
            <numerusform>%1: imported %n change into evaluation %2 (%3).</numerusform>
            <numerusform>%1: imported %n changes into evaluation %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: would import %n change(s) into evaluation %2 (%3); %4 to decide.</source>
        <translation>
            <numerusform>%1: would import %n change into evaluation %2 (%3); %4 to decide.</numerusform>
            <numerusform>%1: would import %n changes into evaluation %2 (%3); %4 to decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: would import %n change(s) into evaluation %2 (%3).</source>
        <translation>
            <numerusform>%1: would import %n change into evaluation %2 (%3).</numerusform>
            <numerusform>%1: would import %n changes into evaluation %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <source>Clear %n score(s)</source>
        <translation>
            <numerusform>Clear %n score</numerusform>
            <numerusform>Clear %n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n score(s)</source>
        <translation>
            <numerusform>Paste %n score</numerusform>
            <numerusform>Paste %n scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewEvaluationDialog</name>
    <message numerus="yes">
        <source>%n template file(s) could not be read and are not listed. First: %1</source>
        <translation>
            <numerusform>%n template file could not be read and is not listed: %1</numerusform>
            <numerusform>%n template files could not be read and are not listed. First: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s)</source>
        <translation>
            <numerusform>%n cost</numerusform>
            <numerusform>%n costs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>People</name>
    <message numerus="yes">
        <source>%n approval(s) missing: %1</source>
        <translation>
            <numerusform>%n approval missing: %1</numerusform>
            <numerusform>%n approvals missing: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireReview</name>
    <message numerus="yes">
        <source>Storing puts %n answer(s) on the checklist of “%1”, each marked “to review”, with the date received as its evidence. Edit ▸ Undo takes it back.</source>
        <translation>
            <numerusform>Storing puts %n answer on the checklist of “%1”, marked “to review”, with the date received as its evidence. Edit ▸ Undo takes it back.</numerusform>
            <numerusform>Storing puts %n answers on the checklist of “%1”, each marked “to review”, with the date received as its evidence. Edit ▸ Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message numerus="yes">
        <source>%n group(s) stuck at a barrier point.</source>
        <translation>
            <numerusform>%n group stuck at a barrier point.</numerusform>
            <numerusform>%n groups stuck at a barrier point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n assessment(s)</source>
        <translation>
            <numerusform>Delete %n assessment</numerusform>
            <numerusform>Delete %n assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Top %n open risk(s) by the score that counts</source>
        <translation>
            <numerusform>Top %n open risk by the score that counts</numerusform>
            <numerusform>Top %n open risks by the score that counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 costs %2 more and scores %n point(s) lower than %3.</source>
        <translation>
            <numerusform>%1 costs %2 more and scores %n point lower than %3.</numerusform>
            <numerusform>%1 costs %2 more and scores %n points lower than %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 costs the same and scores %n point(s) lower than %3.</source>
        <translation>
            <numerusform>%1 costs the same and scores %n point lower than %3.</numerusform>
            <numerusform>%1 costs the same and scores %n points lower than %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message numerus="yes">
        <source>%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and follow the &apos;worst&apos; policy.</source>
        <translation>
            <numerusform>%n missing score sits on criteria nobody has a value for: it could not be drawn and follows the &apos;worst&apos; policy.</numerusform>
            <numerusform>%n missing scores sit on criteria nobody has a value for: they could not be drawn and follow the &apos;worst&apos; policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and follow the &apos;mean&apos; policy.</source>
        <translation>
            <numerusform>%n missing score sits on criteria nobody has a value for: it could not be drawn and follows the &apos;mean&apos; policy.</numerusform>
            <numerusform>%n missing scores sit on criteria nobody has a value for: they could not be drawn and follow the &apos;mean&apos; policy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing score(s) sit on criteria nobody has a value for: they could not be drawn and follow the &apos;ignore&apos; policy.</source>
        <translation>
            <numerusform>%n missing score sits on criteria nobody has a value for: it could not be drawn and follows the &apos;ignore&apos; policy.</numerusform>
            <numerusform>%n missing scores sit on criteria nobody has a value for: they could not be drawn and follow the &apos;ignore&apos; policy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreMatrixModel</name>
    <message numerus="yes">
        <source>“%1” is calculated from this option&apos;s %n cost line(s): press Enter or double-click to open them.</source>
        <translation>
            <numerusform>“%1” is calculated from this option&apos;s %n cost line: press Enter or double-click to open it.</numerusform>
            <numerusform>“%1” is calculated from this option&apos;s %n cost lines: press Enter or double-click to open them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringDialogs</name>
    <message numerus="yes">
        <source>Store %n score(s) from %1 for “%2”?</source>
        <translation>
            <numerusform>Store %n score from %1 for “%2”?</numerusform>
            <numerusform>Store %n scores from %1 for “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They replace the %n score(s) %2 gave before.</source>
        <translation>
            <numerusform>It replaces the %n score %2 gave before.</numerusform>
            <numerusform>They replace the %n scores %2 gave before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairwise comparison(s)</source>
        <translation>
            <numerusform>%n pairwise comparison</numerusform>
            <numerusform>%n pairwise comparisons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation>
            <numerusform>%n place found</numerusform>
            <numerusform>%n places found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Delete %n stakeholder</numerusform>
            <numerusform>Delete %n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueForMoney</name>
    <message numerus="yes">
        <source>costs %1 more and scores %n point(s) lower than %2</source>
        <translation>
            <numerusform>costs %1 more and scores %n point lower than %2</numerusform>
            <numerusform>costs %1 more and scores %n points lower than %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>costs the same and scores %n point(s) lower than %2</source>
        <translation>
            <numerusform>costs the same and scores %n point lower than %2</numerusform>
            <numerusform>costs the same and scores %n points lower than %2</numerusform>
        </translation>
    </message>
</context>
</TS>
