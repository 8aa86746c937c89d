<#ftl strip_whitespace=true>
<#--
  The clinical phrases of a finding, e.g. "T1 hypointense relative to disc",
  "avid rim enhancement (thick, irregular rim; non-enhancing fluid center)".
  A department can override this file (lib/phrases.ftl in its template folder)
  to change the wording of every report.

  A finding f gives what was recorded: f.facts (enum literals such as
  "not_assessed", numbers, booleans, text), f.labels (the vocabulary's words
  for enum values) and f.numbers (numbers as reports write them); f.enhancement,
  f.delayedEnhancement (when recorded) and each of f.components have the same
  three maps. A normal range r of a region gives r.levels and r.statement.
  Import with: <#import "/lib/phrases.ftl" as ph> and call ph.phrases(f).
-->

<#-- All phrases of a finding, in reading order. -->
<#function phrases f>
  <#local p = side(f) + signal(f) + enhancement(f.enhancement!{}) + delayed(f)>
  <#switch f.kind>
    <#case "marrow"><#local p = p + marrow(f)><#break>
    <#case "disc"><#local p = p + disc(f)><#break>
    <#case "epidural"><#local p = p + epidural(f)><#break>
    <#case "cord"><#local p = p + cord(f)><#break>
    <#case "facet"><#local p = p + facet(f)><#break>
    <#case "paraspinal"><#local p = p + paraspinal(f)><#break>
  </#switch>
  <#if f.size??><#local p = p + ["measuring " + f.size]></#if>
  <#return p>
</#function>

<#-- [phrase] when the recorded boolean is true, [] otherwise -->
<#function flag v name phrase>
  <#return (v[name]?? && v[name])?then([phrase], [])>
</#function>

<#-- [yes] when true, [no] when false, [] when not recorded -->
<#function flagOrNot v name yes no>
  <#if !v[name]??><#return []></#if>
  <#return v[name]?then([yes], [no])>
</#function>

<#-- the phrase for a recorded literal from a map of literal to phrase, [] for others -->
<#function pick v name phrases>
  <#return (v[name]?? && phrases[v[name]]??)?then([phrases[v[name]]!""], [])>
</#function>

<#function side f>
  <#switch f.side>
    <#case "left"><#case "right"><#return [f.side + "-sided"]>
    <#case "bilateral"><#case "midline"><#return [f.side]>
    <#default><#return []>
  </#switch>
</#function>

<#function signal f>
  <#local v = f.facts><#local l = f.labels><#local p = []>
  <#if v.t1 != "not_assessed">
    <#local ref = ["disc", "muscle", "cord", "normal_marrow"]?seq_contains(v.t1Reference)?then(" relative to " + l.t1Reference, "")>
    <#local p = p + ["T1 " + l.t1 + ref]>
  </#if>
  <#if v.t2 != "not_assessed"><#local p = p + [weighted("T2", v.t2, l.t2)]></#if>
  <#if v.stir != "not_assessed"><#local p = p + [weighted("STIR", v.stir, l.stir)]></#if>
  <#return p + diffusion(v)>
</#function>

<#-- "T2 hyperintense", "intermediate T2 signal" -->
<#function weighted sequence literal label>
  <#return (literal == "intermediate")?then("intermediate " + sequence + " signal", sequence + " " + label)>
</#function>

<#function diffusion v>
  <#return pick(v, "dwi", {"restricted": "restricted diffusion", "not_restricted": "no restricted diffusion",
      "claw_sign": "DWI claw sign", "diffuse": "diffuse DWI signal change"})>
</#function>

<#-- "mild heterogeneous enhancement on delayed images (32 min)" -->
<#function delayed f>
  <#if !f.delayedEnhancement??><#return []></#if>
  <#local parts = enhancement(f.delayedEnhancement)>
  <#if !parts?has_content><#return []></#if>
  <#local when = f.numbers.delayedMinutesAfterInjection???then(" (" + f.numbers.delayedMinutesAfterInjection + " min)", "")>
  <#return [parts?join(", ") + " on delayed images" + when]>
</#function>

<#-- "the L5 nerve root" when a root is recorded, else the words given -->
<#function root v otherwise>
  <#return v.nerveRoot???then("the " + v.nerveRoot + " nerve root", otherwise)>
</#function>

<#-- "Normal marrow signal from C2 to L1." parts: the statement (or the region's words) and the levels -->
<#function normalRange r regionLabel>
  <#local what = r.statement!("Normal " + regionLabel?lower_case)>
  <#return what + (r.levels??)?then((r.levels?contains(" to "))?then(" from " + r.levels, " at " + r.levels), "")>
</#function>

<#-- "equivocal avid rim enhancement (thick, irregular rim; non-enhancing fluid center)" -->
<#function enhancement e>
  <#if !e.facts??><#return []></#if>
  <#local v = e.facts>
  <#if v.presence == "none"><#return ["no enhancement"]></#if>
  <#if v.presence == "not_assessed"><#return []></#if>
  <#local text = (v.presence == "equivocal")?then("equivocal ", "")>
  <#if v.intensity != "unspecified"><#local text = text + v.intensity + " "></#if>
  <#if v.pattern != "unspecified"><#local text = text + v.pattern + " "></#if>
  <#local text = text + "enhancement">
  <#local details = pick(v, "rimQuality", {"thin_smooth": "thin, smooth rim", "thick_irregular": "thick, irregular rim"})
      + pick(v, "center", {"fluid": "non-enhancing fluid center", "necrotic": "necrotic center", "non_enhancing": "non-enhancing center",
          "disc_like": "non-enhancing disc-like core", "not_assessable": "center not assessable"})>
  <#if details?has_content><#local text = text + " (" + details?join("; ") + ")"></#if>
  <#return [text]>
</#function>

<#function marrow f>
  <#local v = f.facts><#local n = f.numbers><#local p = []>
  <#if v.modicType??><#local p = p + ["Modic type " + n.modicType]></#if>
  <#local p = p + pick(v, "endplate", {"intact": "endplates intact", "irregular_intact": "endplates irregular but intact",
      "blurred": "endplates blurred", "eroded_destroyed": "endplate erosion"})>
  <#local p = p + flag(v, "intraosseousAbscess", "intraosseous abscess")>
  <#local p = p + flag(v, "completeReplacement", "complete T1 replacement of the vertebral body")>
  <#if v.bodyInvolvementPercent??><#local p = p + ["about " + n.bodyInvolvementPercent + " % of the body involved"]></#if>
  <#if v.collapsePercent??><#local p = p + [(v.collapsePercent == 0)?then("no collapse", "height loss about " + n.collapsePercent + " %")]></#if>
  <#local p = p + pick(v, "posteriorElements", {"left": "left posterior element involvement",
      "right": "right posterior element involvement", "bilateral": "bilateral posterior element involvement",
      "none": "posterior elements spared"})>
  <#local p = p + pick(v, "boneLesion", {"lytic": "lytic", "mixed": "mixed lytic and blastic", "blastic": "blastic",
      "needs_ct": "bone lesion quality to be assessed on CT"})>
  <#local p = p + pick(v, "alignment", {"de_novo_deformity": "de novo deformity", "subluxation_translation": "subluxation or translation"})>
  <#local p = p + flag(v, "convexPosteriorCortex", "convex posterior cortex")>
  <#local p = p + flagOrNot(v, "posteriorCorticalBreach", "posterior cortical breach", "posterior cortex intact")>
  <#local p = p + flag(v, "retropulsion", "retropulsed posterosuperior fragment")>
  <#return p + flag(v, "fluidSign", "fluid sign")>
</#function>

<#function disc f>
  <#local v = f.facts><#local p = []>
  <#if (v.heightLossPercent!0) gt 0><#local p = p + ["height loss about " + f.numbers.heightLossPercent + " %"]></#if>
  <#local p = p + flag(v, "vacuum", "intradiscal vacuum")>
  <#if v.herniation != "none"><#local p = p + [f.labels.herniation]></#if>
  <#if v.nerveRoot??><#local p = p + ["affecting " + root(v, "")]></#if>
  <#return p>
</#function>

<#-- "tumor component at T6, 12 x 10 mm, avid enhancement" -->
<#function component c>
  <#local text = c.labels.type + " component">
  <#if c.levels??><#local text = text + " at " + c.levels></#if>
  <#if c.size??><#local text = text + ", " + c.size></#if>
  <#local v = c.facts>
  <#local parts = (v.t2 != "not_assessed")?then([weighted("T2", v.t2, c.labels.t2)], []) + diffusion(v) + enhancement(c.enhancement!{})>
  <#if parts?has_content><#local text = text + ", " + parts?join(", ")></#if>
  <#return text>
</#function>

<#function epidural f>
  <#local v = f.facts><#local l = f.labels><#local p = []>
  <#if v.classification != "indeterminate"><#local p = p + [l.classification]></#if>
  <#list f.components as c><#local p = p + [component(c)]></#list>
  <#if v.axialPosition != "unspecified"><#local p = p + [l.axialPosition]></#if>
  <#if v.maxThicknessMm??><#local p = p + ["maximum thickness " + f.numbers.maxThicknessMm + " mm"]></#if>
  <#local p = p + pick(v, "canalCompromise", {"mild": "mild canal compromise", "moderate": "moderate canal compromise",
      "severe": "severe canal compromise", "none": "no canal compromise"})>
  <#local p = p + flagOrNot(v, "thecalSacDeformed", "thecal sac deformed", "thecal sac not deformed")>
  <#local p = p + pick(v, "cordEffect", {"none": "no contact with the cord", "contact": "abutting the cord",
      "deformation": "deforming the thecal sac without touching the cord", "compression_csf_preserved": "compressing the cord, CSF still visible around it",
      "compression_no_csf": "compressing the cord with no CSF visible around it"})>
  <#if v.worstLevel??><#local p = p + ["worst at " + v.worstLevel]></#if>
  <#local p = p + flag(v, "caudaEquinaCompression", "compressing the cauda equina")>
  <#local p = p + pick(v, "massEffect", {"retracts_sac": "retracting the thecal sac", "displaces_sac": "displacing the thecal sac",
      "none": "no mass effect"})>
  <#local p = p + flagOrNot(v, "continuityWithDisc", "continuous with the parent disc", "not continuous with the disc")>
  <#local p = p + pick(v, "rootRelation", {"displaced": "displacing " + root(v, "the nerve root"), "encased": "encasing " + root(v, "the nerve root")})>
  <#if v.nerveRoot?? && !["displaced", "encased"]?seq_contains(v.rootRelation)>
    <#local p = p + [(v.rootRelation == "not_involved")?then(root(v, "") + " not involved", "at " + root(v, ""))]>
  </#if>
  <#local p = p + flagOrNot(v, "continuityWithSurgicalTract", "continuous with the surgical tract", "not continuous with the surgical tract")>
  <#local p = p + margins(v)>
  <#local p = p + flag(v, "foraminalExtension", "foraminal extension")>
  <#if v.assessedMinutesAfterInjection??>
    <#local p = p + ["enhancement assessed " + f.numbers.assessedMinutesAfterInjection + " min after injection"]>
  </#if>
  <#return p>
</#function>

<#function margins v>
  <#return pick(v, "margins", {"well_defined": "well-defined margins", "ill_defined": "ill-defined margins"})>
</#function>

<#function cord f>
  <#local v = f.facts><#local l = f.labels><#local p = []>
  <#if v.compartment != "cord"><#local p = p + [l.compartment]></#if>
  <#local p = p + pick(v, "cordSignal", {"t2_hyper": "T2 hyperintense cord signal", "normal": "normal cord signal"})>
  <#if v.edemaLengthMm??><#local p = p + ["cord edema over " + f.numbers.edemaLengthMm + " mm"]></#if>
  <#local p = p + flag(v, "cordExpanded", "cord expanded")>
  <#if v.axialPosition != "unspecified"><#local p = p + [l.axialPosition + " position"]></#if>
  <#if v.leptomeningealPattern != "none"><#local p = p + [l.leptomeningealPattern + " leptomeningeal enhancement pattern"]></#if>
  <#local p = p + flag(v, "rootsThickened", "thickened nerve roots") + flag(v, "rootsClumped", "clumped nerve roots")>
  <#if v.nerveRoot??><#local p = p + ["at " + root(v, "")]></#if>
  <#if v.arachnoiditisGroup??><#local p = p + ["arachnoiditis, Delamarter group " + f.numbers.arachnoiditisGroup]></#if>
  <#return p + flag(v, "cyst", "associated cyst or syrinx")>
</#function>

<#function facet f>
  <#local v = f.facts>
  <#local p = flagOrNot(v, "effusion", "joint effusion", "no joint effusion")
      + flagOrNot(v, "erosion", "articular erosion", "no erosion")
      + flagOrNot(v, "periarticularEdema", "periarticular edema", "no periarticular edema")>
  <#if v.extension != "none"><#local p = p + ["extension to the " + f.labels.extension?replace("and", "and the") + " space"]></#if>
  <#return p + flag(v, "tumorReplacement", "articular process replaced by tumor")>
</#function>

<#function paraspinal f>
  <#local v = f.facts>
  <#-- the psoas is the default site; it only lies at T12 to L5, so elsewhere say "paraspinal" -->
  <#local p = [(v.site == "psoas" && !(f.psoasLevel!true))?then("paraspinal", f.labels.site)]>
  <#if v.collection != "indeterminate" && v.collection != "none"><#local p = p + [f.labels.collection]></#if>
  <#local p = p + margins(v)>
  <#local p = p + flagOrNot(v, "connectsToDisc", "communicating with the disc or epidural space", "no communication with the disc space")>
  <#return p + flagOrNot(v, "continuityWithSurgicalTract", "continuous with the surgical tract", "not continuous with the surgical tract")>
</#function>

<#-- "Neurological status: unknown (not assessable)"; empty when not documented -->
<#function neurological clinical>
  <#if (clinical.neurologicalStatus!"not_documented") == "not_documented"><#return ""></#if>
  <#return "Neurological status: " + clinical.neurologicalStatusLabel>
</#function>

<#-- a communication that is required but not done yet -->
<#function pendingCommunication m>
  <#return "Communication required" + m.acrCategory???then(" (ACR category " + m.acrCategory + ")", "") + ", not yet done">
</#function>
