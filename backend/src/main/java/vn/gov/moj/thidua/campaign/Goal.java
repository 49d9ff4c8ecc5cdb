package vn.gov.moj.thidua.campaign;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** Chỉ tiêu — a target as text with an optional number and measure ("100% đơn vị đăng ký", 100, "%"). */
@Embeddable
public class Goal {

    public String text;

    public BigDecimal quantity;

    public String measure;

    public Goal() {
    }

    public Goal(String text, BigDecimal quantity, String measure) {
        this.text = text;
        this.quantity = quantity;
        this.measure = measure;
    }
}
