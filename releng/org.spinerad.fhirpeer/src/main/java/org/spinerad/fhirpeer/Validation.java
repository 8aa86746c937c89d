package org.spinerad.fhirpeer;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;

/**
 * HAPI's instance validator against the base R4 specification (structure
 * definitions, value sets and code systems shipped with HAPI; no terminology
 * server). Built on first use, which takes a few seconds.
 */
final class Validation {

	private final FhirContext context;
	private FhirValidator validator;

	Validation(FhirContext context) {
		this.context = context;
	}

	/** @return the issues of a resource, given as it was sent (JSON or XML) */
	IBaseOperationOutcome validate(String resource) {
		return validator().validateWithResult(resource).toOperationOutcome();
	}

	private synchronized FhirValidator validator() {
		if (validator == null) {
			ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
					new CommonCodeSystemsTerminologyService(context),
					new InMemoryTerminologyServerValidationSupport(context),
					new SnapshotGeneratingValidationSupport(context));
			FhirValidator v = context.newValidator();
			v.setValidateAgainstStandardSchema(false);
			v.setValidateAgainstStandardSchematron(false);
			v.registerValidatorModule(new FhirInstanceValidator(chain));
			validator = v;
		}
		return validator;
	}
}
