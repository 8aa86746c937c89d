package org.spinerad.fhirpeer;

import java.util.List;
import java.util.function.Predicate;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.annotation.Validate;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/**
 * One resource type in memory: update (PUT), read (also of a version),
 * history, search by {@code _id}, {@code identifier} and {@code subject}, and
 * {@code $validate} with the instance validator.
 */
final class MemoryProvider implements IResourceProvider {

	private final Class<? extends Resource> type;
	private final String name;
	private final ResourceStore store;
	private final Validation validation;

	MemoryProvider(Class<? extends Resource> type, ResourceStore store, Validation validation) {
		this.type = type;
		this.store = store;
		this.validation = validation;
		try {
			this.name = type.getDeclaredConstructor().newInstance().fhirType();
		} catch (ReflectiveOperationException e) {
			throw new IllegalArgumentException(type.getName(), e);
		}
	}

	@Override
	public Class<? extends IBaseResource> getResourceType() {
		return type;
	}

	@Read(version = true)
	public Resource read(@IdParam IdType id) {
		List<Resource> history = store.history(name, id.getIdPart());
		if (history.isEmpty()) {
			throw new ResourceNotFoundException(id);
		}
		if (!id.hasVersionIdPart()) {
			return history.get(history.size() - 1);
		}
		int version = id.isVersionIdPartValidLong() ? id.getVersionIdPartAsLong().intValue() : -1;
		if (version < 1 || version > history.size()) {
			throw new ResourceNotFoundException(id);
		}
		return history.get(version - 1);
	}

	@History
	public List<Resource> history(@IdParam IdType id) {
		List<Resource> history = store.history(name, id.getIdPart());
		if (history.isEmpty()) {
			throw new ResourceNotFoundException(id);
		}
		return history.reversed();
	}

	@Update
	public MethodOutcome update(@IdParam IdType id, @ResourceParam IBaseResource resource) {
		Resource r = (Resource) resource;
		r.setId(id.toUnqualifiedVersionless());
		boolean created = store.history(name, id.getIdPart()).isEmpty();
		Resource stored = store.put(r);
		return new MethodOutcome(stored.getIdElement()).setCreated(created).setResource(stored);
	}

	@Search
	public List<Resource> search(@OptionalParam(name = "_id") TokenParam id,
			@OptionalParam(name = "identifier") TokenParam identifier,
			@OptionalParam(name = "subject") ReferenceParam subject) {
		Predicate<Resource> filter = r -> true;
		if (id != null) {
			filter = filter.and(r -> r.getIdElement().getIdPart().equals(id.getValue()));
		}
		if (identifier != null) {
			filter = filter.and(r -> identifiers(r).stream().anyMatch(i -> i.getValue() != null
					&& i.getValue().equals(identifier.getValue())
					&& (identifier.getSystem() == null || identifier.getSystem().equals(i.getSystem()))));
		}
		if (subject != null) {
			String wanted = new IdType(subject.getValue()).toUnqualifiedVersionless().getValue();
			filter = filter.and(r -> {
				Property p = r.getNamedProperty("subject");
				return p != null && p.hasValues() && p.getValues().get(0) instanceof Reference ref
						&& wanted.equals(ref.getReference());
			});
		}
		return store.current(name).stream().filter(filter).toList();
	}

	@Validate
	public MethodOutcome validate(@ResourceParam String body) {
		return new MethodOutcome().setOperationOutcome(validation.validate(body));
	}

	private static List<Identifier> identifiers(Resource r) {
		Property p = r.getNamedProperty("identifier");
		if (p == null) {
			return List.of();
		}
		return p.getValues().stream().filter(Identifier.class::isInstance).map(Identifier.class::cast).toList();
	}
}
