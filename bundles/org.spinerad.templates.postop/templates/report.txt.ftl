<#include "/lib/text-layout.ftl">
<@page title="MRI spine with contrast: postoperative spine"/>
