package vn.gov.moj.thidua.nomination;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpServerRequest;
import vn.gov.moj.thidua.nomination.eligibility.EligibilityTexts;

/**
 * The language the eligibility texts are written in for the current request: its Accept-Language (the SPA sends
 * the UI language), Vietnamese by default and outside a request.
 */
@ApplicationScoped
public class ReaderLanguage {

    @Inject
    Instance<HttpServerRequest> request;

    public Locale current() {
        try {
            return EligibilityTexts.language(request.get().getHeader("Accept-Language"));
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException outsideARequest) {
            return EligibilityTexts.VI;
        }
    }
}
