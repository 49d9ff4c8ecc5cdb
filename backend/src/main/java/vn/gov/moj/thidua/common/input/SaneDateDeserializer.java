package vn.gov.moj.thidua.common.input;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import vn.gov.moj.thidua.common.problem.RefusedInputException;
import vn.gov.moj.thidua.common.problem.Text;

/** Every JSON date the API reads, parsed by Jackson's own ISO reader and refused outside {@link DateRange}. */
final class SaneDateDeserializer extends StdScalarDeserializer<LocalDate> {

    private static final long serialVersionUID = 1L;

    SaneDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
        if (!DateRange.sane(date)) {
            throw new RefusedInputException(p, LocalDate.class,
                    Text.of("field.date-out-of-range", date.toString(), DateRange.EARLIEST, DateRange.LATEST));
        }
        return date;
    }
}
