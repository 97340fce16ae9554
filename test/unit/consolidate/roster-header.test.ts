import { headerInfoFor, rosterUnitsOf } from '../../../src/consolidate/rosters/header';

describe('what the built-in rosters know of a unit’s official header', () => {
  it('a ward or commune of Việt Trì: a People’s Committee (no governing body line), its own name as the place', () => {
    expect(headerInfoFor('UBND xã Thụy Vân', 'xa', 2018)).toEqual({ unitName: 'UBND xã Thụy Vân', governingBody: '', place: 'Thụy Vân' });
    expect(headerInfoFor('phường dữu lâu', 'xa', 2018)).toEqual({ unitName: 'UBND phường Dữu Lâu', governingBody: '', place: 'Dữu Lâu' });
  });

  it('a district: its own name as the place; a department: the province, under UBND tỉnh, central branches under their own body', () => {
    expect(headerInfoFor('Thành phố Việt Trì', 'huyen', 2018)).toEqual({ unitName: 'UBND thành phố Việt Trì', governingBody: '', place: 'Việt Trì' });
    expect(headerInfoFor('Sở Y tế', 'so', 2018)).toEqual({ unitName: 'Sở Y tế', governingBody: 'UBND tỉnh Phú Thọ', place: 'Phú Thọ' });
    expect(headerInfoFor('Cục Thuế tỉnh', 'so', 2018)?.governingBody).toBe('Tổng cục Thuế');
  });

  it('knows nothing of a unit that is not on a built-in roster', () => {
    expect(headerInfoFor('Xã Không Có', 'xa', 2018)).toBeUndefined();
    expect(rosterUnitsOf('xa', 2018).length).toBe(23);
  });
});
