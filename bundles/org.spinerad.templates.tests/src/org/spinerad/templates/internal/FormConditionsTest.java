package org.spinerad.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spinerad.model.CollectionType;
import org.spinerad.model.EnhancementPattern;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.ReportFactory;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.FormDefinition.Condition;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.StandardForms;

/** A finding's form shows the fields that apply to its kind, its nature and what is entered. */
class FormConditionsTest {

	private static final ReportFactory F = ReportFactory.eINSTANCE;
	private final FormDefinition form = StandardForms.of(Map.of(), Map.of(), Map.of(), Map.of());

	private FieldSpec field(RegionKind kind, String name) {
		return form.region(kind).orElseThrow().fields().stream().filter(f -> f.feature().equals(name)).findFirst()
				.orElseThrow();
	}

	private List<String> shown(RegionKind kind, org.eclipse.emf.ecore.EObject finding) {
		return form.region(kind).orElseThrow().fields().stream().filter(f -> StandardForms.applies(f, finding))
				.map(FieldSpec::feature).toList();
	}

	@Test
	void modicTypeOnlyForDegenerativeMarrowAndSinsForTumour() {
		MarrowFinding finding = F.createMarrowFinding();
		List<String> blank = shown(RegionKind.BONE_MARROW, finding);
		assertFalse(blank.contains("modicType"), blank.toString());
		assertFalse(blank.contains("intraosseousAbscess"), blank.toString());
		assertFalse(blank.contains("boneLesion"), blank.toString());

		finding.setNature(LesionNature.DEGENERATIVE);
		assertTrue(shown(RegionKind.BONE_MARROW, finding).contains("modicType"));

		finding.setNature(LesionNature.NEOPLASTIC);
		List<String> tumour = shown(RegionKind.BONE_MARROW, finding);
		assertTrue(tumour.containsAll(List.of("collapsePercent", "bodyInvolvementPercent", "posteriorElements",
				"boneLesion", "alignment")), tumour.toString());
		assertFalse(tumour.contains("modicType"), tumour.toString());
		assertFalse(tumour.contains("fluidSign"), "fracture checklist only once there is collapse: " + tumour);
		finding.setCollapsePercent(30);
		assertTrue(shown(RegionKind.BONE_MARROW, finding).contains("fluidSign"));
		assertTrue(blank.size() < tumour.size() && blank.size() <= 20, blank.size() + " fields: " + blank);
	}

	@Test
	void anAbscessShowsRimAndCentre() {
		EpiduralFinding finding = F.createEpiduralFinding();
		assertFalse(shown(RegionKind.EPIDURAL, finding).contains("enhancement.rimQuality"));
		finding.setClassification(CollectionType.ABSCESS);
		List<String> abscess = shown(RegionKind.EPIDURAL, finding);
		assertTrue(abscess.containsAll(List.of("enhancement.rimQuality", "enhancement.center")), abscess.toString());

		ParaspinalFinding psoas = F.createParaspinalFinding();
		psoas.setEnhancement(F.createEnhancement());
		psoas.getEnhancement().setPattern(EnhancementPattern.RIM);
		assertTrue(shown(RegionKind.PARASPINAL, psoas).contains("enhancement.center"));
	}

	@Test
	void aFieldWithAValueStaysWhateverItsCondition() {
		MarrowFinding finding = F.createMarrowFinding();
		finding.setModicType(1);
		assertTrue(shown(RegionKind.BONE_MARROW, finding).contains("modicType"));
	}

	@Test
	void alternativesOnFeaturesARegionLacksAreLeftOut() {
		// margins: classification (epidural) or collection (paraspinal)
		assertEquals(List.of("collection"), field(RegionKind.PARASPINAL, "margins").when().governing());
		assertEquals(List.of("classification"), field(RegionKind.EPIDURAL, "margins").when().governing());
		assertTrue(field(RegionKind.DISC, "from").when().always());
	}

	@Test
	void aTemplateReplacesAStandardCondition() {
		FormDefinition own = StandardForms.of(Map.of(), Map.of(), Map.of(), Map.of(),
				Map.of("modicType", Condition.ALWAYS, "vacuum", Condition.when("heightLossPercent", "*")));
		assertTrue(own.region(RegionKind.BONE_MARROW).orElseThrow().fields().stream()
				.filter(f -> f.feature().equals("modicType")).allMatch(f -> f.when().always()));
		FieldSpec vacuum = own.region(RegionKind.DISC).orElseThrow().fields().stream()
				.filter(f -> f.feature().equals("vacuum")).findFirst().orElseThrow();
		var disc = F.createDiscFinding();
		assertFalse(StandardForms.applies(vacuum, disc));
		disc.setHeightLossPercent(0);
		assertTrue(StandardForms.applies(vacuum, disc));
	}

	@Test
	void theSixComponentFieldSpecStillApplies() {
		FieldSpec old = new FieldSpec("remark", "Remark", false, List.of(), null, "");
		assertTrue(old.when().always());
		assertEquals(old, old.when(null));
	}
}
