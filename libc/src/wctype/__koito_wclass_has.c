/* The wide-character class tables and their lookup (libc, wctype); see
 * wctype_impl.h for what they cover. */
#include "wctype_impl.h"

static const struct __koito_range alpha[] = {
    {0x41, 0x5a},     {0x61, 0x7a},     {0xaa, 0xaa},     {0xb5, 0xb5},     {0xba, 0xba},
    {0xc0, 0xd6},     {0xd8, 0xf6},     {0xf8, 0x2c1},    {0x370, 0x374},   {0x376, 0x377},
    {0x37a, 0x37d},   {0x37f, 0x37f},   {0x386, 0x386},   {0x388, 0x38a},   {0x38c, 0x38c},
    {0x38e, 0x3a1},   {0x3a3, 0x3f5},   {0x3f7, 0x481},   {0x48a, 0x52f},   {0x531, 0x556},
    {0x561, 0x587},   {0x5d0, 0x5ea},   {0x620, 0x64a},   {0x3041, 0x3096}, {0x30a1, 0x30fa},
    {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xac00, 0xd7a3},
};
static const struct __koito_range upper[] = {
    {0x41, 0x5a}, {0xc0, 0xd6}, {0xd8, 0xde}, {0x391, 0x3a1}, {0x3a3, 0x3ab}, {0x400, 0x42f},
};
static const struct __koito_range lower[] = {
    {0x61, 0x7a}, {0xaa, 0xaa}, {0xb5, 0xb5},   {0xba, 0xba},
    {0xdf, 0xf6}, {0xf8, 0xff}, {0x3ac, 0x3ce}, {0x430, 0x45f},
};
static const struct __koito_range space[] = {
    {0x09, 0x0d},     {0x20, 0x20},     {0x1680, 0x1680}, {0x2000, 0x2006},
    {0x2008, 0x200a}, {0x2028, 0x2029}, {0x205f, 0x205f}, {0x3000, 0x3000},
};
static const struct __koito_range blank[] = {
    {0x09, 0x09},     {0x20, 0x20},     {0x1680, 0x1680}, {0x2000, 0x2006},
    {0x2008, 0x200a}, {0x205f, 0x205f}, {0x3000, 0x3000},
};
static const struct __koito_range cntrl[] = {
    {0x00, 0x1f},
    {0x7f, 0x9f},
    {0x2028, 0x2029},
};
static const struct __koito_range unprintable[] = {
    {0xd800, 0xdfff},
    {0xfdd0, 0xfdef},
    {0xfffe, 0xffff},
};
static const struct __koito_range wide[] = {
    {0x1100, 0x115f},   {0x2e80, 0x303e},   {0x3041, 0x33ff},   {0x3400, 0x4dbf},
    {0x4e00, 0x9fff},   {0xa000, 0xa4cf},   {0xac00, 0xd7a3},   {0xf900, 0xfaff},
    {0xfe30, 0xfe4f},   {0xff00, 0xff60},   {0xffe0, 0xffe6},   {0x1f300, 0x1f64f},
    {0x1f900, 0x1f9ff}, {0x20000, 0x2fffd}, {0x30000, 0x3fffd},
};
static const struct __koito_range combining[] = {
    {0x300, 0x36f},   {0x483, 0x489},   {0x591, 0x5bd},   {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff},
    {0x200b, 0x200f}, {0x20d0, 0x20ff}, {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f},
};

static const struct {
    const struct __koito_range *ranges;
    unsigned count;
} tables[] = {
#define TABLE(name)                                                                                \
    {                                                                                              \
        name, sizeof name / sizeof name[0]                                                         \
    }
    [__KOITO_WCLASS_ALPHA] = TABLE(alpha),
    [__KOITO_WCLASS_UPPER] = TABLE(upper),
    [__KOITO_WCLASS_LOWER] = TABLE(lower),
    [__KOITO_WCLASS_SPACE] = TABLE(space),
    [__KOITO_WCLASS_BLANK] = TABLE(blank),
    [__KOITO_WCLASS_CNTRL] = TABLE(cntrl),
    [__KOITO_WCLASS_UNPRINTABLE] = TABLE(unprintable),
    [__KOITO_WCLASS_WIDE] = TABLE(wide),
    [__KOITO_WCLASS_COMBINING] = TABLE(combining),
#undef TABLE
};

int __koito_wclass_has(enum __koito_wclass wclass, wint_t character)
{
    const struct __koito_range *ranges = tables[wclass].ranges;
    unsigned low = 0;
    unsigned high = tables[wclass].count;
    while (low < high) {
        unsigned middle = (low + high) / 2;
        if (character < ranges[middle].first) {
            high = middle;
        } else if (character > ranges[middle].last) {
            low = middle + 1;
        } else {
            return 1;
        }
    }
    return 0;
}
