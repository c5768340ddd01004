package io.granula.scalebar.synth;

/** The instrument makers whose info strips and scale bars the generator imitates. */
public enum InstrumentStyle {
    /** JEOL SEM: black databar, one row "SEI 5.0kV X50,000 [label over a ticked bar] WD 8.0mm". */
    JEOL,
    /** Zeiss SmartSEM: label above a bar with end ticks at the left; "EHT = ", "WD = ", "Mag = " fields. */
    ZEISS,
    /** FEI/Thermo databar: table of HV, mag, WD, HFW, det cells; solid bar under its label. */
    FEI,
    /** Hitachi: "S-4800 5.0kV 8.0mm x50.0k SE(M)" and a ruler of eleven ticks beside "5.00um". */
    HITACHI,
    /** TEM/Gatan: solid bar drawn on the image in a corner, label above or below, no strip. */
    TEM
}
