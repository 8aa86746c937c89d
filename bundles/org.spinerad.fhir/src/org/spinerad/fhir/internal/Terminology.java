package org.spinerad.fhir.internal;

import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.spinerad.model.CollectionType;
import org.spinerad.model.CordFinding;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.RegionKind;

/**
 * The only codes the FHIR export writes for clinical content: RadLex and
 * SNOMED CT concepts verified in the domain guide (spine-contrast-mri.md,
 * section 8). Everything without a verified code is exported as text.
 */
public final class Terminology {

	/** A coded concept of a versioned code system. */
	public record Concept(String system, String version, String code, String display) {
	}

	/** Code system of RadLex. */
	public static final String RADLEX = "http://radlex.org";
	/** Code system of SNOMED CT. */
	public static final String SNOMED = "http://snomed.info/sct";

	/** The RadLex extract of the domain guide names no version. */
	private static final String RADLEX_VERSION = null;

	static final Concept BONE_MARROW = new Concept(RADLEX, RADLEX_VERSION, "RID38594", "Bone marrow");
	static final Concept INTERVERTEBRAL_DISK = new Concept(RADLEX, RADLEX_VERSION, "RID7890", "Intervertebral disk");
	static final Concept EPIDURAL_SPACE = new Concept(RADLEX, RADLEX_VERSION, "RID7111", "Epidural space");
	static final Concept SPINAL_CORD = new Concept(RADLEX, RADLEX_VERSION, "RID7361", "Spinal cord");
	static final Concept NERVE_ROOT = new Concept(RADLEX, RADLEX_VERSION, "RID18593", "Nerve root");
	static final Concept FACET_JOINT = new Concept(RADLEX, RADLEX_VERSION, "RID7901", "Facet joint of spine");
	static final Concept ABSCESS = new Concept(SNOMED, null, "128477000", "Abscess");

	private Terminology() {
	}

	/**
	 * @return the verified code of the structure a finding lies in: the region
	 *         (marrow, disc, epidural space, facet joint), for the cord region the
	 *         cord or the nerve roots; empty for the paraspinal region and
	 *         meninges (no verified code)
	 */
	public static Optional<Concept> bodySite(RegionKind region, Finding finding) {
		if (region == null) {
			return Optional.empty();
		}
		return switch (region) {
		case BONE_MARROW -> Optional.of(BONE_MARROW);
		case DISC -> Optional.of(INTERVERTEBRAL_DISK);
		case EPIDURAL -> Optional.of(EPIDURAL_SPACE);
		case FACETS -> Optional.of(FACET_JOINT);
		case CORD_ROOTS_MENINGES -> cord(finding);
		default -> Optional.empty();
		};
	}

	private static Optional<Concept> cord(Finding finding) {
		if (finding instanceof CordFinding cord && cord.getCompartment() != null) {
			return switch (cord.getCompartment()) {
			case CORD, CONUS, INTRAMEDULLARY -> Optional.of(SPINAL_CORD);
			case CAUDA_EQUINA_ROOTS -> Optional.of(NERVE_ROOT);
			default -> Optional.empty();
			};
		}
		return Optional.empty();
	}

	/** @return the verified code of what a finding is: an abscess (epidural or paraspinal); empty otherwise */
	public static Optional<Concept> value(Finding finding) {
		CollectionType type = null;
		if (finding instanceof EpiduralFinding epidural) {
			type = epidural.getClassification();
		} else if (finding instanceof ParaspinalFinding paraspinal) {
			type = paraspinal.getCollection();
		}
		return type == CollectionType.ABSCESS ? Optional.of(ABSCESS) : Optional.empty();
	}

	/** @return a CodeableConcept with the concept and a text */
	static CodeableConcept concept(Concept concept, String text) {
		CodeableConcept cc = new CodeableConcept().setText(text);
		cc.addCoding().setSystem(concept.system()).setVersion(concept.version()).setCode(concept.code())
				.setDisplay(concept.display());
		return cc;
	}
}
