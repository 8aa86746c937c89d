<#ftl strip_whitespace=true>
<#--
  The wording of the drafted impression. The workstation chooses the items
  from the findings and the decision support and puts them in order (guide
  7.2: critical first, a lesion and its own SINS together); this file only
  words them. A department can override it (lib/impression.ftl in its
  template folder, through check and publish) to change every draft.

  Each of items gives:
    i.key       identity of the item (keep it as the first column)
    i.kind      what the item states, e.g. "epidural-collection", "sins"
    i.category  ordering key (guide 7.2), i.critical
    i.f         findings by role (i.f.main, i.f.epidural, ...), each as in lib/phrases.ftl
                (facts, labels, numbers, levels, dimensions = "3.1 x 2.4 x 5.6 cm (transverse x AP x craniocaudal)",
                largestNoduleSize = "0.6 cm" for a cord finding with its largest nodule)
    i.lists     lists of findings by name (i.lists.abscesses, ...)
    i.c         decision-support conclusions by role: value, label, level, reasons, caveats
    i.facts     what the workstation derived: grades, scores, counts, flags
  Output: one line per item, "key<TAB>sentence"; an item without a line is left out.
-->
<#list items![] as i>
${i.key + "\t" + sentence(i)}${"\n"}
</#list>

<#function sentence i>
  <#switch i.kind>
    <#case "epidural-collection"><#return end(epiduralCollection(i))>
    <#case "tb-spondylitis"><#return end(tbSpondylitis(i))>
    <#case "spondylodiscitis"><#return end(spondylodiscitis(i))>
    <#case "modic"><#return end(modic(i))>
    <#case "paraspinal-abscess"><#return end(paraspinalAbscess(i.f.main))>
    <#case "septic-facet"><#return end(septicFacet(i))>
    <#case "collapse"><#return end(collapse(i.f.main))>
    <#case "no-skip-lesions"><#return "No non-contiguous epidural collection or skip lesion on whole-spine imaging.">
    <#case "no-collection"><#return noCollection(i.facts)>
    <#case "bone-lesion"><#return end(boneLesion(i))>
    <#case "sins"><#return end(sins(i))>
    <#case "sclerotic-lesions"><#return end(sclerotic(i))>
    <#case "benign-fracture"><#return end(benignFracture(i))>
    <#case "leptomeningeal"><#return end(leptomeningeal(i))>
    <#case "dural-enhancement"><#return end(dural(i))>
    <#case "intramedullary"><#return end(intramedullary(i))>
    <#case "cord-edema"><#return end("cord edema " + range(i.f.main))>
    <#case "collection"><#return end(collection(i))>
    <#case "recurrent-disc"><#return end(recurrentDisc(i))>
    <#case "surrounding-scar"><#return end("surrounding epidural fibrosis (scar) " + at(i.f.main))>
    <#case "scar"><#return scar(i)>
    <#case "indeterminate-tissue"><#return end(indeterminateTissue(i))>
    <#case "no-discitis"><#return end(noDiscitis(i))>
    <#case "discitis"><#return end("findings of postoperative discitis " + at(i.f.disc!{}) + " (" + i.c.discitis.value + ")")>
    <#case "arachnoiditis"><#return end(arachnoiditis(i))>
    <#case "delayed-pitfall"><#return end(delayedPitfall(i))>
    <#default><#return "">
  </#switch>
</#function>

<#-- ---- helpers ---------------------------------------------------------------- -->

<#-- first letter up, one full stop at the end -->
<#function end text>
  <#local t = text?trim>
  <#if t?ends_with(".")><#return t?cap_first></#if>
  <#return t?cap_first + ".">
</#function>

<#-- "at L3-L4" for one level or disc, "L2 to L4" for a range -->
<#function at f>
  <#if !f.levels??><#return ""></#if>
  <#return f.levels?contains(" to ")?then(f.levels, "at " + f.levels)>
</#function>

<#function range f>
  <#return f.levels!"">
</#function>

<#-- "a, b and c" -->
<#function join parts>
  <#if parts?size == 0><#return ""></#if>
  <#if parts?size == 1><#return parts[0]></#if>
  <#return parts[0..parts?size - 2]?join(", ") + " and " + parts?last>
</#function>

<#function sidePrefix f>
  <#return ["left", "right", "bilateral"]?seq_contains(f.side)?then(f.side + " ", "")>
</#function>

<#-- "the left S1 nerve root" when the root is recorded (its side is the finding's), else the words given -->
<#function nerveRoot f otherwise>
  <#if !(f.facts.nerveRoot)??><#return otherwise></#if>
  <#return "the " + ["left", "right"]?seq_contains(f.side!"")?then(f.side + " ", "") + f.facts.nerveRoot + " nerve root">
</#function>

<#function position f>
  <#return sidePrefix(f) + axial(f)>
</#function>

<#-- "dorsal " when an axial position is recorded -->
<#function axial f>
  <#local v = f.facts>
  <#return (v.axialPosition?? && v.axialPosition != "unspecified")?then(f.labels.axialPosition + " ", "")>
</#function>

<#function size f>
  <#return (f.dimensions??)?then(", " + f.dimensions, "")>
</#function>

<#-- what an epidural lesion does to the cord or thecal sac (generic scale; "deformation" never touches the cord) -->
<#function cordEffect f>
  <#local v = f.facts>
  <#switch v.cordEffect!"">
    <#case "compression_no_csf"><#return "compressing the spinal cord" + ((v.worstLevel??)?then(" at " + v.worstLevel, "")) + " with no CSF visible around the cord">
    <#case "compression_csf_preserved"><#return "compressing the spinal cord, CSF still visible around the cord">
    <#case "deformation"><#return "deforming the thecal sac without touching the cord">
    <#case "contact"><#return "abutting the cord without deforming it">
    <#case "none"><#return "without contact with the cord">
  </#switch>
  <#if v.caudaEquinaCompression?? && v.caudaEquinaCompression>
    <#return ((v.canalCompromise!"") == "severe")?then("with severe compression of the thecal sac and cauda equina", "compressing the cauda equina")>
  </#if>
  <#return "">
</#function>

<#-- ---- infection ------------------------------------------------------------------ -->

<#function epiduralCollection i>
  <#local e = i.f.main><#local v = e.facts>
  <#local abscess = {}>
  <#list e.components![] as c><#if c.facts.type == "abscess" && !abscess.facts??><#local abscess = c></#if></#list>
  <#if v.classification == "mixed" && abscess.levels??>
    <#local t = position(e) + "epidural abscess at " + abscess.levels + " within phlegmon extending " + e.levels>
  <#elseif v.classification == "phlegmon">
    <#local t = position(e) + "epidural phlegmon " + at(e)>
  <#else>
    <#local t = position(e) + "epidural abscess " + at(e)>
  </#if>
  <#local effect = cordEffect(e)>
  <#if effect?has_content><#local t = t + (effect?starts_with("with")?then(", ", " ")) + effect></#if>
  <#if i.f.cordEdema??><#local t = t + " and cord edema"></#if>
  <#return t>
</#function>

<#function tbSpondylitis i>
  <#local parts = []>
  <#if i.facts.discSparing><#local parts = parts + ["relative disc sparing"]></#if>
  <#list i.lists.subligamentous![] as s><#local parts = parts + ["subligamentous spread " + range(s)]></#list>
  <#list i.lists.intraosseous![] as m><#local parts = parts + ["intraosseous abscess " + at(m)]></#list>
  <#if (i.lists.abscesses![])?has_content>
    <#local wall = i.facts.thinWalled?then("thin, smooth-walled ", "")>
    <#local side = i.facts.abscessSide?has_content?then(i.facts.abscessSide + " ", "")>
    <#local parts = parts + [wall + side + siteWord(i.lists.abscesses[0]) + " abscess" + ((i.lists.abscesses?size > 1)?then("es", ""))]>
  </#if>
  <#local t = "spondylitis " + range(i.f.main)>
  <#if parts?has_content><#local t = t + " with " + join(parts)></#if>
  <#return t + ": features favor tuberculous spondylitis (" + i.c.tb.value?keep_before(":") + ")">
</#function>

<#function spondylodiscitis i>
  <#local level = at(i.f.disc!i.f.marrow!{})>
  <#local t = (i.facts.pyogenic && i.facts.strong)?then("pyogenic ", "") + "discitis-osteomyelitis " + level>
  <#if i.facts.erosion><#local t = t + " with endplate erosions"></#if>
  <#if !i.facts.strong><#local t = "possible " + t + " (" + i.c.spondylodiscitis.value + ")"></#if>
  <#return t>
</#function>

<#function modic i>
  <#local m = i.f.marrow!{}><#local d = i.f.disc!{}>
  <#local t = "Modic type " + ((m.numbers.modicType)!"1") + " endplate changes " + at((d.levels??)?then(d, m))>
  <#local parts = []>
  <#if d.facts?? && (d.facts.heightLossPercent!0) gte 50><#local parts = parts + ["advanced disc degeneration"]></#if>
  <#if d.facts?? && d.facts.vacuum><#local parts = parts + ["intradiscal vacuum"]></#if>
  <#if parts?has_content><#local t = t + " with " + join(parts)></#if>
  <#if m.facts?? && m.facts.dwi == "claw_sign"><#local t = t + "; DWI claw sign"></#if>
  <#return t + ". No MRI evidence of discitis-osteomyelitis">
</#function>

<#function siteWord f>
  <#if f.facts.site == "psoas" && !(f.psoasLevel!true)><#return "paraspinal"></#if>
  <#return f.labels.site>
</#function>

<#function paraspinalAbscess f>
  <#return sidePrefix(f) + siteWord(f) + " abscess " + range(f) + size(f)>
</#function>

<#function septicFacet i>
  <#local f = i.f.main>
  <#return sidePrefix(f) + f.levels + " septic facet arthritis" + i.facts.contiguous?then(", contiguous with the infection", "")>
</#function>

<#function collapse f>
  <#local v = f.facts>
  <#local t = range(f) + " partial collapse (about " + f.numbers.collapsePercent + " %)">
  <#local parts = []>
  <#if v.alignment == "de_novo_deformity"><#local parts = parts + ["focal deformity (kyphosis)"]></#if>
  <#if ["left", "right", "bilateral"]?seq_contains(v.posteriorElements)><#local parts = parts + [v.posteriorElements + " posterior element involvement"]></#if>
  <#return t + parts?has_content?then(" with " + join(parts), "")>
</#function>

<#function noCollection v>
  <#if v.epidural && v.paraspinal><#return "No epidural or paraspinal collection."></#if>
  <#if v.epidural><#return "No epidural abscess."></#if>
  <#return "No paraspinal abscess.">
</#function>

<#-- ---- tumor ------------------------------------------------------------------------ -->

<#function boneLesion i>
  <#local m = i.f.main><#local v = m.facts>
  <#local quality = {"lytic": "lytic ", "blastic": "blastic ", "mixed": "mixed lytic and blastic "}[v.boneLesion]!"">
  <#local t = quality + range(m) + i.facts.knownCancer?then(" metastasis", " neoplastic lesion")>
  <#local parts = []>
  <#local collapsed = (v.collapsePercent!0) gt 0>
  <#if collapsed>
    <#local parts = parts + [i.facts.pathologic?then("pathologic compression fracture", "compression") + " (about " + m.numbers.collapsePercent + " % height loss)"]>
  </#if>
  <#if ["left", "right", "bilateral"]?seq_contains(v.posteriorElements)><#local parts = parts + [v.posteriorElements + " posterior element involvement"]></#if>
  <#if i.f.epidural??>
    <#local e = i.f.epidural>
    <#local effect = cordEffect(e)>
    <#local parts = parts + [position(e) + "epidural tumor" + effect?has_content?then(" " + effect, "")]>
  </#if>
  <#if parts?has_content>
    <#local t = t + " with " + join(parts)>
  <#else>
    <#local t = t + " without collapse or epidural extension">
  </#if>
  <#if i.facts.bilsky??>
    <#local t = t + " (ESCC/Bilsky " + i.facts.bilsky + (["2", "3"]?seq_contains(i.facts.bilsky))?then(", high grade", "") + ")">
  </#if>
  <#return t>
</#function>

<#function sins i>
  <#local parts = []>
  <#list i.facts.components![] as c><#local parts = parts + [c.name + " " + c.points]></#list>
  <#local t = "SINS " + i.facts.score + parts?has_content?then(" (" + parts?join(", ") + ")", "")>
  <#if i.facts.unstable>
    <#return t + ": unstable; spine surgical consultation recommended">
  </#if>
  <#return t + ": potentially unstable; spine surgical consultation recommended before radiotherapy">
</#function>

<#function sclerotic i>
  <#local levels = []>
  <#list i.lists.lesions as m><#local levels = levels + [range(m)]></#list>
  <#local t = "non-enhancing sclerotic lesion" + (levels?size > 1)?then("s", "") + " at " + join(levels)
      + " without collapse or epidural tumor">
  <#return t + (i.facts.bilsky??)?then(" (Bilsky " + i.facts.bilsky + ")", "")>
</#function>

<#function benignFracture i>
  <#local m = i.f.main>
  <#local t = range(m) + " compression fracture">
  <#if m.numbers.collapsePercent??><#local t = t + " (about " + m.numbers.collapsePercent + " % height loss)"></#if>
  <#if i.facts.features?has_content><#local t = t + " with " + join(i.facts.features)></#if>
  <#return t + ": features favor a benign osteoporotic fracture">
</#function>

<#function leptomeningeal i>
  <#local parts = []>
  <#if i.f.nodular??>
    <#local n = i.f.nodular>
    <#local roots = []>
    <#if n.facts.rootsThickened><#local roots = roots + ["thickened"]></#if>
    <#if n.facts.rootsClumped><#local roots = roots + ["clumped"]></#if>
    <#local largest = "">
    <#if n.largestNoduleSize??>
      <#local largest = " (largest nodule " + n.largestNoduleSize + (n.facts.largestNoduleLevel??)?then(" at " + n.facts.largestNoduleLevel, "") + ")">
    </#if>
    <#local parts = parts + ["nodular leptomeningeal enhancement " + range(n) + largest + roots?has_content?then(" with " + roots?join(", ") + " nerve roots", "")]>
  </#if>
  <#if i.f.smooth??><#local parts = parts + ["smooth linear leptomeningeal enhancement " + range(i.f.smooth)]></#if>
  <#local value = i.c.leptomeningeal.value>
  <#return join(parts) + ": " + value?keep_before(" (")?has_content?then(value?keep_before(" ("), value)>
</#function>

<#function dural i>
  <#local value = i.c.dural.value>
  <#if value?contains(": ")>
    <#return value?keep_before(": ") + " " + range(i.f.main!{}) + ", " + value?keep_after(": ")>
  </#if>
  <#return "dural enhancement " + range(i.f.main!{}) + ": " + value>
</#function>

<#function intramedullary i>
  <#local f = i.f.main!{}>
  <#local words = []>
  <#if f.facts?? && f.facts.axialPosition != "unspecified"><#local words = words + [f.labels.axialPosition]></#if>
  <#if f.enhancement?? && f.enhancement.facts.presence == "present">
    <#local e = f.enhancement.facts>
    <#local how = {"mild": "mildly", "moderate": "moderately", "avid": "avidly"}[e.intensity]!"">
    <#local pattern = {"homogeneous": "homogeneously", "heterogeneous": "heterogeneously"}[e.pattern]!"">
    <#local words = words + [(how?has_content && pattern?has_content)?then(how + " and " + pattern, how + pattern) + " enhancing"]>
  </#if>
  <#local t = words?join(", ") + " intramedullary mass " + range(f)>
  <#if f.facts?? && (f.facts.cordExpanded!false)><#local t = t + " expanding the cord"></#if>
  <#if f.facts?? && f.facts.cyst><#local t = t + ", with associated cysts"></#if>
  <#return t + ": " + i.c.pattern.value>
</#function>

<#-- ---- postoperative ------------------------------------------------------------------ -->

<#function collection i>
  <#local f = i.f.main!{}>
  <#if !f.facts??><#return i.c.collection.value></#if>
  <#return f.labels.collection + " " + range(f) + size(f)>
</#function>

<#function recurrentDisc i>
  <#local e = i.f.main><#local d = i.f.disc!{}>
  <#local side = (d.side??)?then(sidePrefix(d), "")>
  <#if !side?has_content><#local side = sidePrefix(e)></#if>
  <#local what = (d.labels.herniation)!"disc herniation">
  <#if !what?contains("disc")><#local what = "disc " + what></#if>
  <#local t = "recurrent " + side + what + " " + at((d.levels??)?then(d, e))>
  <#if d.dimensions??><#local t = t + ", " + d.dimensions + ","></#if>
  <#local parts = []>
  <#if (i.facts.fragmentCenter!"") == "disc_like">
    <#local parts = parts + ["rim enhancement around a non-enhancing core" + (i.facts.earlyMinutes??)?then(" on the early (" + i.facts.earlyMinutes + " min) images", "")]>
  </#if>
  <#if e.facts.continuityWithDisc?? && e.facts.continuityWithDisc><#local parts = parts + ["continuity with the parent disc"]></#if>
  <#if parts?has_content><#local t = t + " with " + join(parts)></#if>
  <#if (e.facts.rootRelation!"") == "displaced"><#local t = t + ", displacing " + nerveRoot(e, nerveRoot(d, "the nerve root"))></#if>
  <#return t>
</#function>

<#function scar i>
  <#local e = i.f.main>
  <#local where = ["left", "right"]?seq_contains(e.facts.axialPosition!"")?then("", axial(e))>
  <#local t = where + "epidural fibrosis at " + sidePrefix(e) + e.levels>
  <#if (e.facts.rootRelation!"") == "encased"><#local t = t + " encasing " + nerveRoot(e, "the nerve root")></#if>
  <#local t = end(t)>
  <#if i.facts.noHerniation><#local t = t + " No recurrent or residual disc herniation."></#if>
  <#return t>
</#function>

<#function indeterminateTissue i>
  <#local e = i.f.main>
  <#local t = (e.enhancement?? && ["rim", "ring"]?seq_contains(e.enhancement.facts.pattern))?then("peripherally enhancing ", "")
      + position(e) + "epidural tissue " + at(e) + size(e)>
  <#if i.facts.early && i.facts.weeks??>
    <#return t + ", nonspecific at " + i.facts.weeks + " weeks after surgery; follow-up if symptoms persist">
  </#if>
  <#return t + ": scar versus disc indeterminate">
</#function>

<#function noDiscitis i>
  <#local d = i.f.disc!{}>
  <#local what = "disc and endplate enhancement">
  <#if d.enhancement?? && d.enhancement.facts.presence == "present">
    <#local e = d.enhancement.facts>
    <#local what = ((e.intensity != "unspecified")?then(e.intensity + " ", "") + (e.pattern != "unspecified")?then(e.pattern + " ", "") + what)>
  </#if>
  <#local t = what + " " + at(d) + " without endplate erosion, fluid-like disc signal or enhancing paravertebral soft tissue">
  <#if i.facts.days??><#local t = t + ", " + i.facts.days + " days after surgery"></#if>
  <#return t + ": compatible with expected postoperative change; no MRI features supporting postoperative discitis (correlate clinically)">
</#function>

<#function arachnoiditis i>
  <#local f = i.f.main!{}>
  <#if f.numbers?? && f.numbers.arachnoiditisGroup??>
    <#return "clumped cauda equina roots " + range(f) + ", consistent with arachnoiditis (Delamarter group " + f.numbers.arachnoiditisGroup + ")">
  </#if>
  <#return i.c.arachnoiditis.value + " " + range(f)>
</#function>

<#function delayedPitfall i>
  <#return "internal enhancement of a disc fragment " + at(i.f.main) + " on the delayed (" + i.facts.delayedMinutes
      + " min) series is a known pitfall and does not indicate scar; classified on the early (" + i.facts.earlyMinutes + " min) images">
</#function>
