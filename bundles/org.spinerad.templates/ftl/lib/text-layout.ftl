<#ftl strip_whitespace=true>
<#import "/lib/common.ftl" as c>
<#import "/lib/phrases.ftl" as ph>
<#-- Plain-text report (what goes to the RIS). Call <@page title="..."/>. -->
<#macro page title>
${title?upper_case}

Patient: ${patient.name!"not recorded"}<#if patient.id??> (ID ${patient.id})</#if><#if patient.age??>, ${patient.age} years</#if><#if patient.sex?? && patient.sex != "unknown">, ${patient.sex}</#if>
Accession: ${study.accession!"-"}    Study: ${study.dateTime!"-"}<#if study.institution??>, ${study.institution}</#if>
<#if study.referringPhysician??>
Referring physician: ${study.referringPhysician}
</#if>

CLINICAL INDICATION
${c.sentence(study.indication!"Not provided")}
<#if clinical.priorSurgery??>
<#assign s = clinical.priorSurgery>
Prior surgery: ${s.procedure!"spine surgery"}<#if s.levels?has_content> at ${s.levels?join(", ")}</#if><#if s.date??> on ${s.date}</#if><#if s.daysBefore??> (${s.daysBefore} days before this study)</#if>.
</#if>
<#if ph.neurological(clinical) != "">
${c.sentence(ph.neurological(clinical))}
</#if>

TECHNIQUE
<#list c.technique(exam) as line>
${line}
</#list>

COMPARISON
${c.comparison(exam)}

FINDINGS
${c.numbering(exam)}
<#list regions as r>
${r.label}:
<#list c.regionLines(r) as line>
  ${line}
</#list>
</#list>

IMPRESSION
<#list impression as i>
${i.number}. ${c.sentence(i.text!"")}<#if i.critical> [critical]</#if>
</#list>
<#if !impression?has_content>
No impression recorded.
</#if>
<#if recommendations?has_content>

RECOMMENDATIONS
<#list recommendations as r>
- ${c.sentence(r)}
</#list>
</#if>
<#assign shown = c.shownDecisions(decisions)>
<#if shown?has_content>

DECISION SUPPORT (suggestions; the radiologist's findings and impression prevail)
<#list shown as d>
- ${c.decisionText(d)}
</#list>
</#if>
<#nested>
<#if communications?has_content>

COMMUNICATION OF CRITICAL RESULTS
<#list communications as m>
<#if m.overrideReason??>
Not communicated directly: ${m.overrideReason}
<#elseif m.pending>
${c.sentence(ph.pendingCommunication(m))}
<#elseif m.routine>
Routine communication (ACR category ${m.acrCategory!"3"}): the result goes to the referrer with this report.
<#else>
Discussed with ${m.recipient!"-"}<#if m.role??> (${m.role})</#if><#if m.method??> by ${m.method}</#if><#if m.dateTime??> at ${m.dateTime}</#if><#if m.by??> by ${m.by}</#if><#if m.readBack>, read back and confirmed</#if><#if m.acrCategory??> (ACR category ${m.acrCategory})</#if>.
</#if>
</#list>
</#if>

<#if report.status == "final" || report.status == "amended">
Signed: ${report.signer!"-"}, ${report.signedAt!"-"}
<#elseif report.status == "preliminary">
PRELIMINARY REPORT, signed ${report.signer!"-"}, ${report.preliminaryAt!"-"}; not final.
<#else>
DRAFT - not signed.
</#if>
<#list addenda as a>

ADDENDUM ${a.dateTime!"-"} by ${a.author!"-"}
${a.text!""}
</#list>
Template: ${report.templateId!"-"} ${report.templateVersion!""}
</#macro>
