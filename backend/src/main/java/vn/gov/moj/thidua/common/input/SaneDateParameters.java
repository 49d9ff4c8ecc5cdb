package vn.gov.moj.thidua.common.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestQuery;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;

/** Date query parameters ({@code ?asOf=2026-06-30}): ISO dates within {@link DateRange}, else 400 naming the parameter. */
@Provider
public class SaneDateParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw ApiProblem.invalidField(name, Text.of("field.invalid-value", value, Text.of("kind.date")));
                }
                if (!DateRange.sane(date)) {
                    throw ApiProblem.invalidField(name, Text.of("field.date-out-of-range", value, DateRange.EARLIEST, DateRange.LATEST));
                }
                return date;
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof RestQuery q && !q.value().isEmpty()) {
                    return q.value();
                }
                if (a instanceof QueryParam q) {
                    return q.value();
                }
            }
        }
        return "date";
    }
}
