import { render } from '../../../src/messages/texts';
import { deadlineNotice, vietnamToday } from '../../../src/taskpane/logic/deadline';

describe('the deadline notice of the finish step', () => {
  it('counts days in Vietnam whatever the machine zone (23:30 UTC is already the next day)', () => {
    expect(vietnamToday(Date.parse('2018-10-02T16:59:00Z'))).toBe('2018-10-02');
    expect(vietnamToday(Date.parse('2018-10-02T17:00:00Z'))).toBe('2018-10-03');
  });

  it('says the deadline has passed, is today, or how many days are left', () => {
    const notice = (today: string) => {
      const n = deadlineNotice('2018-10-03', today);
      return n && { late: n.late, vi: render('vi', n.message), en: render('en', n.message) };
    };
    expect(notice('2018-10-10')).toEqual({
      late: true,
      vi: 'Đã quá hạn gửi 03/10/2018 (7 ngày). Hãy gửi ngay và báo nơi nhận biết biểu mẫu nộp muộn.',
      en: 'The deadline 03/10/2018 has passed (7 days ago). Send the form now and tell the recipient it is late.',
    });
    expect(notice('2018-10-03')).toMatchObject({ late: false, vi: 'Hôm nay (03/10/2018) là hạn gửi biểu mẫu.' });
    expect(notice('2018-09-30')).toMatchObject({ late: false, vi: 'Còn 3 ngày đến hạn gửi 03/10/2018.' });
    expect(deadlineNotice('sớm nhất có thể', '2018-09-30')).toBeUndefined();
  });
});
