<#ftl strip_whitespace=true>
<#--
  Shared macros and functions of the report templates (plain text and HTML).
  Import with: <#import "/lib/common.ftl" as c>
  The data model is documented in docs/templates.md.
-->

<#import "/lib/phrases.ftl" as ph>

<#-- "a", "a and b", "a, b and c" -->
<#function join items>
  <#if !items?has_content><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..items?size-2]?join(", ") + " and " + items?last>
</#function>

<#-- First letter upper case, ends with a full stop. -->
<#function sentence text>
  <#local t = text?trim>
  <#if t == ""><#return ""></#if>
  <#local t = t?cap_first>
  <#if !(t?ends_with(".") || t?ends_with("!") || t?ends_with("?"))><#local t = t + "."></#if>
  <#return t>
</#function>

<#-- "MRI of the lumbar spine", "MRI of the whole spine" -->
<#function examName exam>
  <#if !exam.region??><#return "MRI of the spine"></#if>
  <#if exam.region == "whole spine"><#return "MRI of the whole spine"></#if>
  <#return "MRI of the " + exam.region + " spine">
</#function>

<#-- One technique sentence block: coverage, field strength, sequences, contrast. -->
<#function technique exam>
  <#local parts = [examName(exam) + (exam.fieldStrength??)?then(" at " + exam.fieldStrength + " T", "")]>
  <#if exam.sequencesBefore?has_content><#local parts = parts + ["Before contrast: " + exam.sequencesBefore?join(", ")]></#if>
  <#if exam.sequencesAfter?has_content><#local parts = parts + ["After contrast: " + exam.sequencesAfter?join(", ")]></#if>
  <#if exam.contrast??>
    <#local k = exam.contrast>
    <#local text = "Contrast: " + (k.agent!"agent not recorded")>
    <#if k.concentration??><#local text = text + " " + k.concentration + " mmol/mL"></#if>
    <#if k.dose??><#local text = text + ", " + k.dose + " mmol/kg"></#if>
    <#if k.volume??><#local text = text + " (" + k.volume + " mL)"></#if>
    <#if k.route??><#local text = text + (k.route == "intravenous")?then(" intravenously", " by another route")></#if>
    <#if k.minutesAfterInjection??><#local text = text + "; post-contrast images from " + k.minutesAfterInjection + " min after injection"></#if>
    <#local parts = parts + [text]>
    <#if k.adverseReaction??><#local parts = parts + ["Adverse reaction: " + k.adverseReaction]></#if>
  <#else>
    <#local parts = parts + ["No contrast administration recorded"]>
  </#if>
  <#local out = []>
  <#list parts as p><#local out = out + [sentence(p)]></#list>
  <#return out>
</#function>

<#function comparison exam>
  <#if exam.comparisonAvailable!false>
    <#return sentence((exam.comparison!"Prior study")?remove_ending(".") + (exam.comparisonDate??)?then(" (" + (exam.comparisonDate!"") + ")", ""))>
  </#if>
  <#return "None available.">
</#function>

<#function numbering exam>
  <#-- "Levels are counted from C2", "Levels are correlated with radiographs" -->
  <#local text = ((exam.facts.numberingMethod!"unknown") == "unknown")?then("Levels are numbered by an unrecorded method", "Levels are " + exam.numberingMethod)>
  <#if !["none", "not_assessed"]?seq_contains(exam.facts.transitionalAnatomy!"none")>
    <#local text = text + "; transitional anatomy: " + exam.transitionalAnatomy + ". Correlate the level intraoperatively">
  </#if>
  <#if exam.numberingNote??><#local text = text + ". " + exam.numberingNote></#if>
  <#return sentence(text)>
</#function>

<#-- "L3 to L4: spondylodiscitis, T1 hypointense relative to disc, STIR hyperintense." -->
<#function findingText f>
  <#local head = (f.levels??)?then(f.levels + ": ", "") + f.label>
  <#local text = sentence(([head] + ph.phrases(f))?join(", "))>
  <#if f.remark??><#local text = text + " " + sentence(f.remark)></#if>
  <#return text>
</#function>

<#-- The lines of one region: findings cranial to caudal, or else its statement; then its remark.
     A region with findings never prints its normal statement, even in a report stored with both. -->
<#function regionLines r>
  <#local lines = []>
  <#list r.findings as f><#local lines = lines + [findingText(f)]></#list>
  <#list r.normalRanges![] as n><#local lines = lines + [sentence(ph.normalRange(n, r.label))]></#list>
  <#if !lines?has_content && r.statement?? && r.statement?trim != ""><#local lines = [sentence(r.statement)]></#if>
  <#if !lines?has_content><#local lines = [r.normal?then("Normal.", "Not described.")]></#if>
  <#if r.remark??><#local lines = lines + [sentence(r.remark)]></#if>
  <#return lines>
</#function>

<#-- Decision-support results to print: all of them, the informational ones too (SINS 0 to 6,
     Bilsky 0 to 1b, a negative work-up), so a score is in the report even when no one typed it. -->
<#function shownDecisions decisions>
  <#return decisions>
</#function>

<#function decisionText d>
  <#if d.overridden><#return d.label + ": " + (d.decision!"overridden") + " (radiologist's decision; suggested: " + d.value + (d.overrideReason??)?then("; reason: " + d.overrideReason!, "") + ")"></#if>
  <#return d.label + ": " + d.value + (d.acrCategory??)?then(" [ACR category " + (d.acrCategory!"") + ": communicate " + (d.urgency!"") + "]", "")>
</#function>
